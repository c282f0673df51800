import type { CollectionConfig } from 'payload'

import { editorialContentAccess } from '@/access/editorialContent'
import { contentVersions } from '@/fields/contentVersions'

export const Testimonials: CollectionConfig<'testimonials'> = {
  slug: 'testimonials',
  admin: {
    group: 'Content',
    useAsTitle: 'displayName',
    defaultColumns: ['displayName', 'program', '_status', 'updatedAt'],
  },
  access: editorialContentAccess,
  versions: contentVersions(),
  fields: [
    { name: 'quote', type: 'textarea', required: true, maxLength: 2000 },
    {
      name: 'displayName',
      type: 'text',
      required: true,
      admin: { description: 'As the person agreed to be named, e.g. "Maria, 34" or "A parent".' },
    },
    { name: 'program', type: 'text', label: 'Program or service' },
  ],
}
