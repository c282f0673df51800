import type { MetadataRoute } from 'next'

import { siteUrl } from '@/site/config'
import { loadSitemapEntries } from '@/site/data'

export const dynamic = 'force-dynamic'

/** Published articles and topics only: the public API returns nothing else. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl()
  const { articles, categories } = await loadSitemapEntries()
  return [
    { url: `${base}/`, changeFrequency: 'daily' },
    { url: `${base}/articles`, changeFrequency: 'daily' },
    { url: `${base}/faq`, changeFrequency: 'weekly' },
    ...categories.map((category) => ({
      url: `${base}/categories/${category.slug}`,
      changeFrequency: 'weekly' as const,
    })),
    ...articles.map((article) => ({
      url: `${base}/articles/${article.slug}`,
      lastModified: article.updatedAt,
      changeFrequency: 'monthly' as const,
    })),
  ]
}
