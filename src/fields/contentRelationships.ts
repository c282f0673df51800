import type { RelationshipField } from 'payload'

type Overrides = Partial<Omit<RelationshipField, 'type' | 'relationTo' | 'hasMany'>>

export const categoriesField = (overrides: Overrides = {}): RelationshipField => ({
  name: 'categories',
  type: 'relationship',
  relationTo: 'categories',
  hasMany: true,
  admin: { position: 'sidebar' },
  ...overrides,
})
