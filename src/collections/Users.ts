import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { ROLES } from '@/access/roles'
import { selfOrAdmin } from '@/access/selfOrAdmin'
import { makeFirstUserAdmin } from '@/hooks/makeFirstUserAdmin'

export const Users: CollectionConfig = {
  slug: 'users',
  auth: true,
  admin: {
    group: 'Administration',
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'credentials'],
  },
  access: {
    admin: isStaff,
    read: isStaff,
    create: isAdmin,
    update: selfOrAdmin,
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [makeFirstUserAdmin],
  },
  fields: [
    { name: 'name', type: 'text', required: true },
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
      admin: { description: 'Professional credentials shown with bylines and reviews, e.g. "PsyD, LCSW".' },
    },
    { name: 'bio', type: 'textarea' },
  ],
  timestamps: true,
}
