import type { RelationshipField } from 'payload'

export const categoriesField = (): RelationshipField => ({
  name: 'categories',
  type: 'relationship',
  relationTo: 'categories',
  hasMany: true,
  admin: { position: 'sidebar' },
})
