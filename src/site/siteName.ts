export const siteName = (): string => process.env.NEXT_PUBLIC_SITE_NAME || 'Vetted Health'
