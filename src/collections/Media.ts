import type { CollectionConfig } from 'payload'
import path from 'path'

import { anyone } from '@/access/anyone'
import { hasRole } from '@/access/hasRole'
import { projectRoot } from '@/lib/paths'

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  admin: { group: 'Library' },
  access: {
    read: anyone,
    create: hasRole('editor'),
    update: hasRole('editor'),
    delete: hasRole('editor'),
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      admin: { description: 'Describe the image for readers using screen readers.' },
    },
    { name: 'credit', type: 'text' },
  ],
  upload: {
    staticDir: process.env.MEDIA_DIR || path.resolve(projectRoot, 'media'),
    mimeTypes: ['image/*'],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 320, position: 'centre' },
      { name: 'card', width: 768 },
      { name: 'hero', width: 1600 },
    ],
    formatOptions: { format: 'webp', options: { quality: 82 } },
  },
}
