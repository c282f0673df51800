import type { CollectionConfig } from 'payload'

import { editorialContentAccess } from '@/access/editorialContent'
import { categoriesField } from '@/fields/contentRelationships'
import { inFieldOrder } from '@/fields/computedField'
import { contentVersions } from '@/fields/contentVersions'
import { deliveryFields } from '@/fields/delivery'
import { ignoreReadTimeFields } from '@/fields/readTimeGroups'
import { publishedAtField } from '@/fields/publishedAt'
import { sitePreview } from '@/fields/sitePreview'
import { slug } from '@/fields/slug'

export const Articles: CollectionConfig<'articles'> = {
  slug: 'articles',
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    ...sitePreview('articles'),
  },
  access: editorialContentAccess,
  versions: contentVersions(),
  hooks: { beforeValidate: [ignoreReadTimeFields], afterRead: [inFieldOrder] },
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      name: 'excerpt',
      type: 'textarea',
      admin: { description: 'One or two plain sentences for lists and search results.' },
    },
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
}
