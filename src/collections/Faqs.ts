import type { CollectionConfig } from 'payload'

import { editorialContentAccess } from '@/access/editorialContent'
import { categoriesField } from '@/fields/contentRelationships'
import { contentVersions } from '@/fields/contentVersions'
import { withWorkflow } from '@/workflow/withWorkflow'

export const Faqs: CollectionConfig = withWorkflow({
  slug: 'faqs',
  labels: { singular: 'FAQ', plural: 'FAQs' },
  admin: {
    group: 'Content',
    useAsTitle: 'question',
    defaultColumns: ['question', 'order', '_status', 'updatedAt'],
    // The reference site's staff-only preview of the newest draft (src/app/(site)/preview).
    livePreview: { url: ({ data }) => (data?.id ? `/preview/faqs/${data.id}` : null) },
    preview: (doc) => (doc?.id ? `/preview/faqs/${doc.id}` : null),
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
})
