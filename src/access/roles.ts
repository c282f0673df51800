import type { User } from '@/payload-types'

export const ROLES = ['admin', 'editor', 'clinical-reviewer', 'compliance', 'moderator'] as const

export type Role = (typeof ROLES)[number]

/** Roles that may work in the admin and read unpublished content. */
export const STAFF_ROLES: readonly Role[] = ROLES

type MaybeUser = Pick<User, 'roles'> | null | undefined

export const hasAnyRole = (user: MaybeUser, roles: readonly Role[]): boolean =>
  Boolean(user?.roles?.some((role) => roles.includes(role as Role)))

export const isAdminUser = (user: MaybeUser): boolean => hasAnyRole(user, ['admin'])

export const isStaffUser = (user: MaybeUser): boolean => hasAnyRole(user, STAFF_ROLES)
