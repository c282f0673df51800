import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { hasRole } from '@/access/hasRole'
import { isAdmin } from '@/access/isAdmin'
import { articleCountField } from '@/fields/delivery'
import { slug } from '@/fields/slug'

export const Categories: CollectionConfig<'categories'> = {
  slug: 'categories',
  admin: { group: 'Library', useAsTitle: 'name', defaultColumns: ['name', 'slug', 'parent'] },
  access: {
    read: anyone,
    create: hasRole('editor'),
    update: hasRole('editor'),
    delete: isAdmin,
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    slug({ from: 'name' }),
    { name: 'description', type: 'textarea' },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'categories',
      admin: { position: 'sidebar' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    articleCountField(),
  ],
}
