import type { Access } from 'payload'

import { hasAnyRole } from './roles'

/** Moderators (and admins) see every comment; other staff and the public see approved ones only. */
export const approvedCommentsOrModerator: Access = ({ req: { user } }) => {
  if (hasAnyRole(user, ['admin', 'moderator'])) return true
  return { status: { equals: 'approved' } }
}
