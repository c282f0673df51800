import type { CollectionConfig } from 'payload'

import { editorialContentAccess } from '@/access/editorialContent'
import { categoriesField } from '@/fields/contentRelationships'
import { contentVersions } from '@/fields/contentVersions'
import { deliveryFields } from '@/fields/delivery'
import { withWorkflow } from '@/workflow/withWorkflow'
import { publishedAtField } from '@/fields/publishedAt'
import { slug } from '@/fields/slug'

export const Articles: CollectionConfig = withWorkflow({
  slug: 'articles',
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    // The reference site's staff-only preview of the newest draft (src/app/(site)/preview).
    livePreview: { url: ({ data }) => (data?.id ? `/preview/articles/${data.id}` : null) },
    preview: (doc) => (doc?.id ? `/preview/articles/${doc.id}` : null),
  },
  access: editorialContentAccess,
  versions: contentVersions(),
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'excerpt', type: 'textarea', admin: { description: 'One or two plain sentences for lists and search results.' } },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    { name: 'body', type: 'richText', required: true },
    {
      name: 'relatedFaqs',
      type: 'relationship',
      relationTo: 'faqs',
      hasMany: true,
      admin: { description: 'FAQs shown with this article, in this order.' },
    },
    slug(),
    categoriesField(),
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      admin: { position: 'sidebar' },
    },
    publishedAtField(),
    ...deliveryFields(),
  ],
})
