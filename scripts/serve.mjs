/**
 * The HTTP server in front of Next, for `npm start` and `npm run dev` alike: Next's own handler,
 * with the client's address settled from the connection first (src/lib/clientAddress.mjs), so a
 * client cannot choose its rate-limit bucket by sending X-Forwarded-For. Plain JavaScript.
 *
 * Usage: node scripts/serve.mjs [--dev] [--port 3000] [--hostname 0.0.0.0]
 */
import http from 'http'
import path from 'path'
import { fileURLToPath } from 'url'

import { clientAddress, trustedProxies } from '../src/lib/clientAddress.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const argument = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`)
  return index > -1 ? process.argv[index + 1] : fallback
}

const dev = process.argv.includes('--dev')
const port = Number(argument('port', process.env.PORT || '3000'))
const hostname = argument('hostname', undefined)
const trusted = trustedProxies()

// Next reads NODE_ENV when it loads: settle it first (npm start sets production, npm run dev nothing).
process.env.NODE_ENV ??= dev ? 'development' : 'production'
const { default: next } = await import('next')
const app = next({ dev, dir: root, port, hostname: hostname ?? 'localhost' })
const handle = app.getRequestHandler()
await app.prepare()

const server = http.createServer((req, res) => {
  const forwarded = req.headers['x-forwarded-for']
  req.headers['x-forwarded-for'] = clientAddress(
    req.socket.remoteAddress,
    Array.isArray(forwarded) ? forwarded.join(',') : forwarded,
    trusted,
  )
  void handle(req, res)
})
server.listen(port, hostname, () => {
  console.log(`[vetted] ${dev ? 'development' : 'production'} server listening on ${hostname ?? '*'}:${port}`)
})
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    server.close()
    void app.close?.().finally(() => process.exit(0))
    setTimeout(() => process.exit(0), 3000).unref()
  })
