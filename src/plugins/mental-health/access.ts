import type { Access, FieldAccess } from 'payload'

/**
 * The plugin's own role checks, so it works in any project whose users carry a `roles` array
 * (Vetted's: admin, editor, clinical-reviewer, compliance, moderator).
 */
const rolesOf = (user: unknown): string[] => (user as { roles?: string[] } | null)?.roles ?? []

export const userHasRole = (user: unknown, ...roles: string[]) =>
  rolesOf(user).some((role) => role === 'admin' || roles.includes(role))

export const signedIn: Access = ({ req: { user } }) => Boolean(user)
export const complianceOnly: Access = ({ req: { user } }) => userHasRole(user, 'compliance')
export const staffOnly: Access = ({ req: { user } }) => rolesOf(user).length > 0
export const staffField: FieldAccess = ({ req: { user } }) => rolesOf(user).length > 0
export const complianceField: FieldAccess = ({ req: { user } }) => userHasRole(user, 'compliance')
export const nobody: Access = () => false
export const anyone: Access = () => true
