import type { MetadataRoute } from 'next'

import { siteUrl } from '@/site/config'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api', '/preview', '/bench'] },
    sitemap: `${siteUrl()}/sitemap.xml`,
  }
}
