import http from 'http'
import type { AddressInfo } from 'net'

import { graphqlRoutes, restRoutes } from '@/api/routes'

/**
 * Serves the app's REST and GraphQL API over real HTTP with the very route handlers (and guards)
 * the Next app mounts under /api (src/api/routes.ts), without building Next.
 */
const restHandlers: Record<
  string,
  (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>
> = {
  GET: restRoutes.GET,
  POST: restRoutes.POST,
  PATCH: restRoutes.PATCH,
  PUT: restRoutes.PUT,
  DELETE: restRoutes.DELETE,
}
const graphqlHandlers: Record<string, (request: Request) => Promise<Response>> = {
  POST: graphqlRoutes.POST,
  GET: graphqlRoutes.GET,
}

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
    const handler = restHandlers[request.method]
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
