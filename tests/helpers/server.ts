import config from '@payload-config'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import http from 'http'
import type { AddressInfo } from 'net'

import { graphqlOverGet, guardGraphql, guardRest } from '@/api/guards'

/**
 * Serves the app's REST and GraphQL API over real HTTP with the very route handlers (and guards)
 * the Next app mounts under /api (see src/app/(payload)/api), without building Next.
 */
const restHandlers = {
  GET: guardRest(REST_GET(config)),
  POST: guardRest(REST_POST(config)),
  PATCH: guardRest(REST_PATCH(config)),
  PUT: guardRest(REST_PUT(config)),
  DELETE: guardRest(REST_DELETE(config)),
} as const
const graphqlPost = GRAPHQL_POST(config)
const graphqlHandlers = { POST: guardGraphql(graphqlPost), GET: graphqlOverGet(graphqlPost) } as Record<
  string,
  (request: Request) => Promise<Response>
>

const readBody = (req: http.IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })

const toRequest = async (req: http.IncomingMessage, url: URL): Promise<Request> => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  return new Request(url, {
    method: req.method,
    headers,
    body: hasBody ? new Uint8Array(await readBody(req)) : undefined,
  })
}

const dispatch = async (request: Request, url: URL): Promise<Response> => {
  if (url.pathname === '/api/graphql') {
    const handler = graphqlHandlers[request.method]
    return handler ? handler(request) : new Response('Method Not Allowed', { status: 405 })
  }
  if (url.pathname.startsWith('/api/')) {
    const handler = restHandlers[request.method as keyof typeof restHandlers]
    if (!handler) return new Response('Method Not Allowed', { status: 405 })
    const slug = url.pathname.slice('/api/'.length).split('/').filter(Boolean).map(decodeURIComponent)
    return handler(request, { params: Promise.resolve({ slug }) })
  }
  return new Response('Not Found', { status: 404 })
}

export type TestServer = { baseUrl: string; close: () => Promise<void> }

export const startTestServer = async (): Promise<TestServer> => {
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`)
      const response = await dispatch(await toRequest(req, url), url)
      const headers: Record<string, string | string[]> = Object.fromEntries(response.headers)
      const cookies = response.headers.getSetCookie()
      if (cookies.length) headers['set-cookie'] = cookies
      res.writeHead(response.status, headers)
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(String(error))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

export const graphql = async <T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  { token, variables }: { token?: string; variables?: Record<string, unknown> } = {},
): Promise<{ status: number; data?: T; errors?: { message: string; extensions?: { statusCode?: number } }[] }> => {
  const response = await fetch(`${baseUrl}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  })
  return { status: response.status, ...((await response.json()) as object) }
}
