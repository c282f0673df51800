/**
 * Delivery benchmark: a production build served by `next start` on a throwaway embedded PostgreSQL
 * with 1,000 published articles; autocannon, 16 connections, against the constant route (the
 * framework's ceiling), article by slug over REST and GraphQL (cached and uncached), the reference
 * site's article page, and comment POSTs.
 */
import autocannon from 'autocannon'
import fs from 'fs'
import os from 'os'
import path from 'path'

import { startEmbeddedPostgres } from '../../src/db/embeddedPostgres'
import { closePayload } from '../../src/db/closePayload'
import { projectRoot } from '../../src/lib/paths'
import { serveProductionBuild, type ProductionServer } from '../../src/lib/productionServer'

const ARTICLES = 1000
const DURATION = Number(process.env.BENCH_SECONDS) || 10

const paragraph = 'Intensive outpatient programs meet several times a week while you live at home. '.repeat(12)

const seed = async (databaseUrl: string) => {
  process.env.DATABASE_URL = databaseUrl
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const { applyMigrations } = await import('../../src/db/migrate')
  const payload = await getPayload({ config, cron: false })
  await applyMigrations(payload)
  const body = {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: null,
      children: Array.from({ length: 10 }, () => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: null,
        textFormat: 0,
        children: [{ type: 'text', text: paragraph, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      })),
    },
  }
  for (let i = 0; i < ARTICLES; i++) {
    await payload.create({
      collection: 'articles',
      data: {
        title: `Benchmark article ${i}`,
        slug: `benchmark-article-${i}`,
        body: body as never,
        _status: 'published',
        workflowState: 'published',
      },
      context: { workflowBypass: 'benchmark seed' },
    })
  }
  const editor = await payload.create({
    collection: 'users',
    data: { email: 'bench@example.com', password: 'bench-password', name: 'Bench', roles: ['admin'] },
  })
  await closePayload(payload)
  return editor.email
}

const run = (title: string, options: autocannon.Options) =>
  new Promise<{ title: string; rps: number; p99: number; non2xx: number }>((resolve, reject) => {
    autocannon({ connections: 16, duration: DURATION, ...options }, (error, result) => {
      if (error) return reject(error)
      resolve({ title, rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx })
    })
  })

export const benchDelivery = async () => {
  if (!fs.existsSync(path.join(projectRoot, '.next/BUILD_ID')))
    throw new Error('Run `npm run build` first: the delivery benchmark serves the production build.')
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-bench-'))
  const database = await startEmbeddedPostgres({
    dataDir: path.join(folder, 'pg'),
    database: 'bench',
    persistent: false,
  })
  let server: ProductionServer | undefined
  try {
    console.log(`Seeding ${ARTICLES} articles…`)
    const email = await seed(database.url)
    server = await serveProductionBuild({
      // The load generator stands in for a proxy in front of many readers: their addresses come in
      // X-Forwarded-For, believed only from a trusted proxy (docs/security.md).
      env: {
        DATABASE_URL: database.url,
        PAYLOAD_SECRET: 'bench-secret',
        BENCH_ROUTES: 'true',
        TRUSTED_PROXIES: '127.0.0.1',
      },
      readyPath: '/bench/constant',
    })
    const base = server.baseUrl
    const login = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'bench-password' }),
    })
    const { token } = (await login.json()) as { token: string }
    const slugUrl = `${base}/api/articles?where[slug][equals]=benchmark-article-500&depth=1`
    const gql = `${base}/api/graphql?query=${encodeURIComponent('{ Articles(where: { slug: { equals: "benchmark-article-500" } }) { docs { title body plainExcerpt readingTimeMinutes } } }')}`
    const gqlPost = JSON.stringify({
      query:
        'query Article($slug: String) { Articles(where: { slug: { equals: $slug } }) { docs { title body plainExcerpt readingTimeMinutes } } }',
      variables: { slug: 'benchmark-article-500' },
    })
    const sitePage = `${base}/articles/benchmark-article-500`
    await fetch(slugUrl)
    await fetch(gql)
    await fetch(sitePage)
    let ip = 0
    const results = [
      await run('constant route (ceiling)', { url: `${base}/bench/constant` }),
      await run('REST article by slug, cached', { url: slugUrl }),
      await run('REST article by slug, uncached (signed in)', {
        url: slugUrl,
        headers: { authorization: `JWT ${token}` },
      }),
      await run('GraphQL article by slug over GET, cached', { url: gql }),
      await run('GraphQL article by slug over GET, uncached (signed in)', {
        url: gql,
        headers: { authorization: `JWT ${token}` },
      }),
      await run('GraphQL article by slug over POST (the default of Apollo, urql), cached', {
        url: `${base}/api/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: gqlPost,
      }),
      await run('GraphQL article by slug over POST, uncached (signed in)', {
        url: `${base}/api/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: gqlPost,
      }),
      await run('reference site article page (page cache)', { url: sitePage }),
      await run('comment POST (distinct client addresses)', {
        url: `${base}/api/comments`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          article: 1,
          authorName: 'Reader',
          authorEmail: 'reader@example.com',
          body: 'Thank you for this article.',
        }),
        requests: [
          {
            setupRequest: (request) => ({
              ...request,
              headers: {
                ...request.headers,
                'x-forwarded-for': `10.${(++ip >> 16) & 255}.${(ip >> 8) & 255}.${ip & 255}`,
              },
            }),
          },
        ],
      }),
    ]
    return results
  } finally {
    await server?.stop()
    await database.stop()
    fs.rmSync(folder, { recursive: true, force: true })
  }
}
