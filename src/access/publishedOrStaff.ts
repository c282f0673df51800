import type { Access } from 'payload'

import { isStaffUser } from './roles'

/** Staff read everything; anyone else only documents whose current status is published. */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  return { _status: { equals: 'published' } }
}
