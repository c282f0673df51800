/**
 * scripts/run.mjs, the runner of every TypeScript command (dev, import, analyze, bench): it starts
 * scripts with the export condition that keeps Lexical from hanging on Node 20, and a command that
 * makes no progress fails loudly, naming its step, after its clean-ups, instead of waiting forever.
 */
import { spawnSync } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import { describe, expect, it } from 'vitest'

import { projectRoot } from '@/lib/paths'
import { StallError, withStallTimeout } from '@/lib/progress.mjs'

const run = (script: string, args: string[] = [], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [path.join(projectRoot, 'scripts/run.mjs'), script, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  })

describe('scripts/run.mjs', () => {
  it('starts scripts with the export condition of their environment', () => {
    const development = run('tests/helpers/scripts/printsNodeFlags.ts', [], { NODE_ENV: 'development' })
    expect(development.status, development.stderr).toBe(0)
    expect(JSON.parse(development.stdout.trim().split('\n').at(-1)!)).toContain('--conditions=development')

    const production = run('tests/helpers/scripts/printsNodeFlags.ts', [], { NODE_ENV: 'production' })
    expect(production.status, production.stderr).toBe(0)
    expect(JSON.parse(production.stdout.trim().split('\n').at(-1)!)).toContain('--conditions=production')
  })

  it('ends a command that makes no progress, naming the step, after running its clean-ups', () => {
    const marker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-stall-')), 'cleaned')
    const started = Date.now()
    const result = run('tests/helpers/scripts/stalls.ts', [marker], { VETTED_STALL_TIMEOUT: '2' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('stalls.ts: No progress for 2 s while waiting for an answer that never comes')
    expect(fs.readFileSync(marker, 'utf8')).toBe('cleaned up')
    expect(Date.now() - started).toBeLessThan(30_000)
  })
})

describe('withStallTimeout', () => {
  it('rejects with the step when the work does not settle in time', async () => {
    const never = new Promise<never>(() => {})
    await expect(withStallTimeout('connecting to nowhere', never, 0.2)).rejects.toThrow(
      new StallError('connecting to nowhere', 0.2),
    )
  })

  it("passes the work's result and error through", async () => {
    await expect(withStallTimeout('adding', async () => 1 + 1, 5)).resolves.toBe(2)
    await expect(withStallTimeout('failing', Promise.reject(new Error('no')), 5)).rejects.toThrow('no')
  })
})
