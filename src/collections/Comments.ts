import type { CollectionConfig } from 'payload'

import { approvedCommentsOrModerator } from '@/access/approvedCommentsOrModerator'
import { hasRole, fieldHasRole } from '@/access/hasRole'

export const COMMENT_STATUSES = ['pending', 'approved', 'rejected', 'spam'] as const

export const Comments: CollectionConfig = {
  slug: 'comments',
  admin: {
    group: 'Community',
    useAsTitle: 'authorName',
    defaultColumns: ['authorName', 'article', 'status', 'createdAt'],
  },
  access: {
    read: approvedCommentsOrModerator,
    create: hasRole('moderator'),
    update: hasRole('moderator'),
    delete: hasRole('moderator'),
  },
  fields: [
    { name: 'article', type: 'relationship', relationTo: 'articles', required: true, index: true },
    { name: 'authorName', type: 'text', required: true, maxLength: 120 },
    {
      name: 'authorEmail',
      type: 'email',
      required: true,
      access: { read: fieldHasRole('moderator') },
    },
    { name: 'body', type: 'textarea', required: true, maxLength: 5000 },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: COMMENT_STATUSES.map((value) => ({ label: value, value })),
      admin: { position: 'sidebar' },
    },
  ],
  timestamps: true,
}
