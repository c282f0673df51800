import type { CollectionConfig } from 'payload'

import { fieldHasRole } from '@/access/hasRole'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { ROLES } from '@/access/roles'
import { makeFirstUserAdmin } from '@/hooks/makeFirstUserAdmin'

import { limitComplianceToPublicProfile, updateUsers } from './access'
import { recordProfileChanges } from './recordProfileChanges'
import { forgetLoginFailures, throttleLogins } from './throttleLogins'

/** Admins and compliance set what readers see of a person. */
const setsPublicProfile = fieldHasRole('compliance')

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  // No account lock: sign-ins are throttled per address and account instead (throttleLogins).
  auth: { maxLoginAttempts: 0 },
  admin: {
    group: 'Administration',
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'credentials'],
  },
  access: {
    admin: isStaff,
    read: isStaff,
    create: isAdmin,
    update: updateUsers,
    delete: isAdmin,
  },
  hooks: {
    beforeOperation: [throttleLogins, limitComplianceToPublicProfile],
    afterLogin: [forgetLoginFailures],
    beforeChange: [makeFirstUserAdmin, recordProfileChanges],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      access: { update: setsPublicProfile },
      admin: { description: 'Shown on published bylines and reviews. Changed by admins or compliance.' },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      saveToJWT: true,
      defaultValue: ['editor'],
      options: ROLES.map((role) => ({ label: role, value: role })),
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'credentials',
      type: 'text',
      // Shown on published bylines and in JSON-LD: set by admins or compliance, never self-asserted.
      access: { create: setsPublicProfile, update: setsPublicProfile },
      admin: {
        description:
          'Professional credentials shown with bylines and reviews, e.g. "PsyD, LCSW". Set by admins or compliance.',
      },
    },
    { name: 'bio', type: 'textarea' },
    {
      name: 'profileChanges',
      type: 'array',
      label: 'Changes to the public profile',
      access: { read: setsPublicProfile, create: () => false, update: () => false },
      admin: { readOnly: true, description: 'Who changed the name or credentials, when, and from what.' },
      fields: [
        { name: 'field', type: 'text', required: true },
        { name: 'from', type: 'text' },
        { name: 'to', type: 'text' },
        { name: 'changedBy', type: 'relationship', relationTo: 'users' },
        { name: 'changedAt', type: 'date', required: true },
      ],
    },
  ],
  timestamps: true,
}
