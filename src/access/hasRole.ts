import type { Access, FieldAccess } from 'payload'

import { hasAnyRole, type Role } from './roles'

/** Collection access granted to users holding at least one of `roles`; admins always pass. */
export const hasRole =
  (...roles: Role[]): Access =>
  ({ req: { user } }) =>
    hasAnyRole(user, ['admin', ...roles])

/** Field-level variant (field access must return a boolean). */
export const fieldHasRole =
  (...roles: Role[]): FieldAccess =>
  ({ req: { user } }) =>
    hasAnyRole(user, ['admin', ...roles])
