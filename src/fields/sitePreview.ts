import type { CollectionAdminOptions } from 'payload'

/**
 * Admin preview and live preview through the reference site's staff-only draft page
 * (src/app/(site)/preview/<collection>/<id>).
 */
export const sitePreview = (
  collection: 'articles' | 'faqs',
): Pick<CollectionAdminOptions, 'livePreview' | 'preview'> => ({
  livePreview: { url: ({ data }) => (data?.id ? `/preview/${collection}/${data.id}` : null) },
  preview: (doc) => (doc?.id ? `/preview/${collection}/${doc.id}` : null),
})
