import type { FieldAccess, PayloadRequest } from 'payload'

import { isStaffUser } from './roles'

/** Boolean, so it also serves as the `admin` (may use the admin panel) access of the users collection. */
export const isStaff = ({ req: { user } }: { req: PayloadRequest }): boolean => isStaffUser(user)

export const isStaffField: FieldAccess = ({ req: { user } }) => isStaffUser(user)
