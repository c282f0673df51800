import type { Access } from 'payload'

import { isAdminUser } from './roles'

/** Admins manage every account; anyone else signed in may only change their own. */
export const selfOrAdmin: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdminUser(user)) return true
  return { id: { equals: user.id } }
}
