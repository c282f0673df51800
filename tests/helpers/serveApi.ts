/** A second app instance for tests: serves the API on a free port and prints its URL. */
import { reportIdle } from '@/lib/progress.mjs'

import { getTestPayload } from './payload'
import { startTestServer } from './server'

await getTestPayload()
const server = await startTestServer()
console.log(`LISTENING ${server.baseUrl}`)
reportIdle()
await new Promise(() => {})
