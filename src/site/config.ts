/** The site's name in the header and titles. */
export const siteName = (): string => process.env.NEXT_PUBLIC_SITE_NAME || 'Vetted Health'

/** The site's public address, for canonical links, Open Graph and the sitemap. */
export const siteUrl = (): string =>
  (process.env.NEXT_PUBLIC_SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')
