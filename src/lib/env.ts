import { randomBytes } from 'crypto'
import fs from 'fs'
import path from 'path'

import { dataDir } from './paths'

export const isProduction = (): boolean => process.env.NODE_ENV === 'production'

/** `next build` evaluates the config with NODE_ENV=production but serves nothing and needs no secrets. */
export const isBuildPhase = (): boolean => process.env.NEXT_PHASE === 'phase-production-build'

export class MissingEnvironmentError extends Error {
  constructor(missing: string[]) {
    super(
      `Vetted cannot start in production without ${missing.join(' and ')}. ` +
        'Set them in the environment (see "Environment variables" in the README).',
    )
    this.name = 'MissingEnvironmentError'
  }
}

/** Throws naming every missing variable when production is started without its secrets. */
export const assertProductionEnv = (env: NodeJS.ProcessEnv = process.env): void => {
  const missing = ['PAYLOAD_SECRET', 'DATABASE_URL'].filter((name) => !env[name]?.trim())
  if (missing.length > 0) throw new MissingEnvironmentError(missing)
}

/**
 * Reads a development-only value kept under `.data/`, generating it on first use so that a fresh
 * clone needs no setup. Never used in production.
 */
export const readOrCreateLocalValue = (name: string, generate: () => string): string => {
  const file = path.join(dataDir, name)
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 })
  const value = generate()
  fs.writeFileSync(file, `${value}\n`, { mode: 0o600 })
  return value
}

export const randomSecret = (bytes = 32): string => randomBytes(bytes).toString('hex')

/**
 * DATABASE_URL; in development, when it is unset, the embedded PostgreSQL that `npm run dev` is
 * running (its URL is kept in .data/postgres.url while it runs), so CLI commands reach it too.
 */
export const resolveDatabaseUrl = (): string => {
  const fromEnv = process.env.DATABASE_URL?.trim()
  if (fromEnv || isProduction()) return fromEnv ?? ''
  const file = path.join(dataDir, 'postgres.url')
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : ''
}

/** PAYLOAD_SECRET from the environment; in development, a generated one kept under `.data/`. */
export const resolvePayloadSecret = (): string => {
  const fromEnv = process.env.PAYLOAD_SECRET?.trim()
  if (fromEnv) return fromEnv
  if (isProduction()) {
    if (isBuildPhase()) return ''
    throw new MissingEnvironmentError(['PAYLOAD_SECRET'])
  }
  return readOrCreateLocalValue('payload-secret', () => randomSecret())
}
