import type { CollectionConfig } from 'payload'

import { editorialContentAccess } from '@/access/editorialContent'
import { categoriesField } from '@/fields/contentRelationships'
import { contentVersions } from '@/fields/contentVersions'
import { sitePreview } from '@/fields/sitePreview'

export const Faqs: CollectionConfig<'faqs'> = {
  slug: 'faqs',
  labels: { singular: 'FAQ', plural: 'FAQs' },
  admin: {
    group: 'Content',
    useAsTitle: 'question',
    defaultColumns: ['question', 'order', '_status', 'updatedAt'],
    ...sitePreview('faqs'),
  },
  defaultSort: 'order',
  access: editorialContentAccess,
  versions: contentVersions(),
  fields: [
    { name: 'question', type: 'text', required: true },
    { name: 'answer', type: 'richText', required: true },
    categoriesField(),
    {
      name: 'order',
      type: 'number',
      defaultValue: 0,
      admin: { position: 'sidebar', description: 'Lower numbers come first.' },
    },
  ],
}
