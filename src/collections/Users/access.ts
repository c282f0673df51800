import { type Access, type CollectionBeforeOperationHook } from 'payload'

import { ClientError } from '@/api/clientError'
import { hasAnyRole, isAdminUser } from '@/access/roles'

import { PUBLIC_PROFILE_FIELDS } from './recordProfileChanges'

/**
 * Admins manage every account; compliance may also update other people's accounts, limited to the
 * public profile by `limitComplianceToPublicProfile`; anyone else signed in only their own.
 */
export const updateUsers: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdminUser(user) || hasAnyRole(user, ['compliance'])) return true
  return { id: { equals: user.id } }
}

/** Compliance changing someone else's account may send the public profile fields and nothing else. */
export const limitComplianceToPublicProfile: CollectionBeforeOperationHook<'users'> = ({ args, operation, req }) => {
  if (operation !== 'update' || !req.user || isAdminUser(req.user) || !hasAnyRole(req.user, ['compliance'])) return args
  const { id, data } = args as { id?: number | string; data?: Record<string, unknown> }
  if (id !== undefined && String(id) === String(req.user.id)) return args
  const others = Object.keys(data ?? {}).filter((key) => !(PUBLIC_PROFILE_FIELDS as readonly string[]).includes(key))
  if (id === undefined || others.length > 0)
    throw new ClientError(
      `Compliance may change only the name and credentials of another account${others.length ? `, not ${others.join(', ')}` : ''}.`,
      403,
    )
  return args
}
