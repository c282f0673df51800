/**
 * `npm run bench:dev-starts -- [count]` (default 50): starts `npm run dev` again and again, as a
 * developer would, and reports how long each took to come up and the slowest. A start is up when
 * the runner has announced the URLs and the admin's login page answers 200; one that is not up
 * within 3 minutes, or that does not stop cleanly on SIGTERM, counts as failed, with the end of its
 * output. Results go to docs/benchmarks.md.
 */
import { spawn } from 'child_process'
import net from 'net'
import path from 'path'

import { reportIdle } from '../../src/lib/progress.mjs'
import { projectRoot } from '../../src/lib/paths'
import { machine, writeSection } from './report'

reportIdle()

const START_LIMIT_MS = 180_000
const STOP_LIMIT_MS = 30_000

type Start = { ok: boolean; readyMs?: number; adminMs?: number; failure?: string }

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const adminAnswers = async (port: number) => {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/admin/login`, { signal: AbortSignal.timeout(60_000) })
    await response.arrayBuffer()
    return response.status === 200
  } catch {
    return false
  }
}

const startOnce = async (): Promise<Start> => {
  const port = await freePort()
  const started = Date.now()
  const child = spawn(process.execPath, [path.join(projectRoot, 'scripts/run.mjs'), 'scripts/dev.ts'], {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(port), NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000)
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  const tail = () => output.trim().split('\n').slice(-6).join(' | ')

  let readyMs: number | undefined
  let adminMs: number | undefined
  while (Date.now() - started < START_LIMIT_MS && child.exitCode === null) {
    if (readyMs === undefined && output.includes('[vetted] Site:')) readyMs = Date.now() - started
    if (readyMs !== undefined && (await adminAnswers(port))) {
      adminMs = Date.now() - started
      break
    }
    await sleep(250)
  }

  child.kill('SIGTERM')
  const code = await Promise.race([exited, sleep(STOP_LIMIT_MS).then(() => 'timeout' as const)])
  if (code === 'timeout') {
    child.kill('SIGKILL')
    return { ok: false, readyMs, adminMs, failure: `did not stop within ${STOP_LIMIT_MS / 1000} s: ${tail()}` }
  }
  if (adminMs === undefined) return { ok: false, readyMs, failure: `not up (exit ${code}): ${tail()}` }
  if (code !== 0) return { ok: false, readyMs, adminMs, failure: `stopped with exit code ${code}: ${tail()}` }
  return { ok: true, readyMs, adminMs }
}

const count = Number(process.argv[2]) || 50
const starts: Start[] = []
for (let i = 1; i <= count; i++) {
  const start = await startOnce()
  starts.push(start)
  console.log(
    `start ${i}/${count}: ${start.ok ? 'up' : 'FAILED'}` +
      (start.readyMs ? `, announced in ${(start.readyMs / 1000).toFixed(1)} s` : '') +
      (start.adminMs ? `, admin answered in ${(start.adminMs / 1000).toFixed(1)} s` : '') +
      (start.failure ? ` (${start.failure})` : ''),
  )
}

const seconds = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  return { median: at(0.5) / 1000, slowest: (sorted.at(-1) ?? 0) / 1000 }
}
const up = starts.filter((start) => start.ok)
const ready = seconds(up.map((start) => start.readyMs!))
const admin = seconds(up.map((start) => start.adminMs!))
const failures = starts.filter((start) => !start.ok)
const table = [
  '| starts | up | failed | announced: median / slowest | admin login 200: median / slowest |',
  '| --- | --- | --- | --- | --- |',
  `| ${count} | ${up.length} | ${failures.length} | ${ready.median.toFixed(1)} s / ${ready.slowest.toFixed(1)} s | ${admin.median.toFixed(1)} s / ${admin.slowest.toFixed(1)} s |`,
].join('\n')
writeSection(
  'Development start-up',
  `\`npm run bench:dev-starts -- ${count}\` started \`npm run dev\` ${count} times in a row on the same \`.data/\` (embedded PostgreSQL, migrations, demo seed check, \`next dev\`), each time until the runner announced the URLs and \`GET /admin/login\` answered 200, then stopped it with SIGTERM. A start not up within ${START_LIMIT_MS / 1000} s, or not stopped cleanly within ${STOP_LIMIT_MS / 1000} s, counts as failed.

${table}
${failures.length ? `\nFailures:\n\n${failures.map((failure) => `- ${failure.failure}`).join('\n')}\n` : ''}
Machine: ${machine()}. Run on ${new Date().toISOString().slice(0, 10)}.`,
)
console.log(table)
process.exit(failures.length ? 1 : 0)
