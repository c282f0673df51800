/**
 * `npm run -s analyze -- FILE`: the JSON interface held-out evaluations score (claims with text and
 * type, language findings with text and rule, the crisis topic), `--kind`, and clear failures.
 */
import { spawnSync } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import { describe, expect, it } from 'vitest'

import { projectRoot } from '@/lib/paths'

const analyze = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(projectRoot, 'scripts/run.mjs'), 'scripts/analyze.ts', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    timeout: 60_000,
  })

const write = (name: string, text: string) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-analyze-')), name)
  fs.writeFileSync(file, text)
  return file
}

describe('npm run analyze', () => {
  it('prints claims, language findings and the crisis topic of a post as JSON', () => {
    const result = analyze(path.join(projectRoot, 'tests/fixtures/iop-clinic-post.md'))
    expect(result.status, result.stderr).toBe(0)
    const json = JSON.parse(result.stdout)
    expect(json.crisisTopic).toBe(true)
    expect(json.claims.length).toBeGreaterThan(15)
    expect(json.claims[0]).toEqual(
      expect.objectContaining({ text: expect.any(String), type: expect.any(String), reason: expect.any(String) }),
    )
    expect(json.language).toEqual([expect.objectContaining({ text: 'proven', rule: 'absolute/proven' })])
  })

  it('reads first-person outcomes as claims with --kind testimonial (or kind: in the front matter)', () => {
    const file = write('quote.md', 'I feel calm and in control now.\n')
    expect(JSON.parse(analyze(file).stdout).claims).toEqual([])
    const asTestimonial = JSON.parse(analyze(file, '--kind', 'testimonial').stdout)
    expect(asTestimonial.claims.map((claim: { type: string }) => claim.type)).toEqual(['testimonial-outcome'])
    const withFrontMatter = write('front.md', '---\nkind: testimonial\n---\nI feel calm and in control now.\n')
    expect(JSON.parse(analyze(withFrontMatter).stdout).claims).toHaveLength(1)
  })

  it('reads HTML, and fails clearly on a missing file or a bad --kind', () => {
    const html = write('post.html', '<html><body><p>Our program is the best in the state.</p></body></html>')
    expect(JSON.parse(analyze(html).stdout).claims.map((claim: { type: string }) => claim.type)).toEqual([
      'comparative',
    ])
    const missing = analyze(path.join(os.tmpdir(), 'no-such-post.md'))
    expect(missing.status).toBe(1)
    expect(missing.stderr).toMatch(/File not found/)
    const badKind = analyze(html, '--kind', 'poem')
    expect(badKind.status).toBe(1)
    expect(badKind.stderr).toMatch(/--kind takes article, faq or testimonial/)
  })
})
