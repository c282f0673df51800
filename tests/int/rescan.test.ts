/**
 * `npm run rescan`: every analysed document re-analysed with the current engine and lexicon,
 * findings and claim records brought up to date without editing the documents.
 */
import { sql } from '@payloadcms/db-postgres'
import { spawnSync } from 'child_process'
import path from 'path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { projectRoot } from '@/lib/paths'
import { analyzeText } from '@/plugins/mental-health/analysis'
import type { LexiconEntry } from '@/plugins/mental-health/analysis/types'
import { rescanDocuments, type RescanReport } from '@/plugins/mental-health/rescan'
import { formatRescanReport } from '@/plugins/mental-health/rescan/formatReport'

import { articleData, richText } from '../helpers/lexical'
import { getTestPayload } from '../helpers/payload'
import { userWithRole, type TestUser } from '../helpers/users'
import { forceState, recordsAbout, uniqueTitle } from '../helpers/workflow'

type Collection = 'articles' | 'faqs' | 'testimonials'

/** A made-up word only these tests use: the "new engine" blocks it. */
const HOUSE_RULE: LexiconEntry = {
  rule: 'house/zorbleflux',
  patterns: ['zorbleflux'],
  suggestion: 'the program',
  severity: 'block',
}
const newEngine = { analysis: { lexicon: [HOUSE_RULE] } }

const AUTHORITY = 'Research shows that group therapy helps people in recovery.'
const PROMISE = 'Our program cures anxiety.'
const STATISTIC = 'Nearly 1 in 5 adults lives with a mental illness.'
const STUDY = 'A 2023 study found that 72% of our clients improved within eight weeks.'
const MINDFUL = 'Research shows that mindfulness reduces stress for most people.'

const claimsIn = (text: string, kind: 'article' | 'faq' | 'testimonial' = 'article') =>
  analyzeText(text, { kind }).claims

describe('rescanning documents', () => {
  let payload: Payload
  let editor: TestUser
  let compliance: TestUser
  const execute = async (query: ReturnType<typeof sql>) => (await payload.db.drizzle.execute(query)).rows

  const claimsOf = (collection: Collection, id: number) => recordsAbout(payload, 'claims', collection, id)
  /** Changes stored text behind Payload's back (no hooks run), so the stored findings are out of date. */
  const setStoredBody = async (table: string, id: number, column: string, body: unknown, { live = false } = {}) => {
    await execute(
      sql`UPDATE ${sql.identifier(`_${table}_v`)} SET ${sql.identifier(`version_${column}`)} = ${JSON.stringify(body)}::jsonb
        WHERE parent_id = ${id} AND latest`,
    )
    if (live)
      await execute(
        sql`UPDATE ${sql.identifier(table)} SET ${sql.identifier(column)} = ${JSON.stringify(body)}::jsonb WHERE id = ${id}`,
      )
  }
  /** Everything a rescan must leave alone, and the compliance it may change, of one document. */
  const stateOf = async (collection: Collection, id: number) => {
    const draft = await payload.findByID({ collection, id, draft: true, depth: 0 })
    const live = await payload.findByID({ collection, id, depth: 0 })
    const versions = await payload.countVersions({ collection, where: { parent: { equals: id } } })
    return {
      untouched: {
        updatedAt: draft.updatedAt,
        liveUpdatedAt: live.updatedAt,
        workflowState: draft.workflowState,
        liveWorkflowState: live.workflowState,
        lastEditedBy: draft.lastEditedBy,
        status: draft._status,
        versions: versions.totalDocs,
      },
      compliance: draft.compliance,
      liveCompliance: live.compliance,
      claims: (await claimsOf(collection, id)).map(({ id: claimId, fingerprint, status, decidedBy, updatedAt }) => ({
        id: claimId,
        fingerprint,
        status,
        decidedBy,
        updatedAt,
      })),
    }
  }

  let a: { id: number } // draft article: an approved claim kept, a claim rewritten, a blocking word
  let b: { id: number } // published article: a claim added to its text
  let c: { id: number } // FAQ draft: a removed claim back in the text
  let d: { id: number } // testimonial draft: only the blocking word
  let mine: { collection: Collection; id: number }[]
  let approved: { id: number; fingerprint: string }
  const rescanSource = () =>
    payload.create({
      collection: 'sources',
      data: { title: 'Rescan test source', url: 'https://example.org/rescan', evidenceLevel: 'other' },
    })

  beforeAll(async () => {
    payload = await getTestPayload()
    editor = await userWithRole(payload, 'editor')
    compliance = await userWithRole(payload, 'compliance')
    const asEditor = { draft: true, overrideAccess: false, user: editor } as const

    a = await payload.create({
      collection: 'articles',
      data: articleData(uniqueTitle('Rescan A'), AUTHORITY, PROMISE, 'Zorbleflux groups meet on Tuesdays.'),
      ...asEditor,
    })
    b = await payload.create({
      collection: 'articles',
      data: articleData(uniqueTitle('Rescan B'), 'Groups meet on Tuesdays.'),
      ...asEditor,
    })
    await forceState(payload, 'articles', b.id, 'published')
    c = await payload.create({
      collection: 'faqs',
      data: { question: uniqueTitle('When do rescan groups meet?'), answer: richText(MINDFUL, 'Groups meet weekly.') },
      ...asEditor,
    })
    await payload.update({
      collection: 'faqs',
      id: c.id,
      data: { answer: richText('Groups meet weekly.') },
      ...asEditor,
    })
    d = await payload.create({
      collection: 'testimonials',
      data: { quote: 'The zorbleflux group was a warm place to talk.', displayName: uniqueTitle('Rescan D') },
      ...asEditor,
    })
    mine = [
      { collection: 'articles', id: a.id },
      { collection: 'articles', id: b.id },
      { collection: 'faqs', id: c.id },
      { collection: 'testimonials', id: d.id },
    ]

    const authority = claimsIn(AUTHORITY)[0]
    const record = (await claimsOf('articles', a.id)).find((claim) => claim.fingerprint === authority.fingerprint)!
    await payload.update({
      collection: 'claims',
      id: record.id,
      // An approved claim carries its source.
      data: { status: 'approved', sources: [(await rescanSource()).id] },
      overrideAccess: false,
      user: compliance,
    })
    approved = { id: record.id, fingerprint: record.fingerprint }
  })

  it('finds nothing to change right after documents were saved', async () => {
    const before = await Promise.all(mine.map(({ collection, id }) => stateOf(collection, id)))
    // Also brings documents of other test files up to date, so the runs below change only ours.
    const report = await rescanDocuments(payload)
    const after = await Promise.all(mine.map(({ collection, id }) => stateOf(collection, id)))
    expect(after.map((state) => [state.untouched, state.claims, state.compliance?.language])).toEqual(
      before.map((state) => [state.untouched, state.claims, state.compliance?.language]),
    )
    const total = await Promise.all(
      (['articles', 'faqs', 'testimonials'] as const).map(async (collection) => payload.count({ collection })),
    )
    expect(report.documents.scanned).toBe(total.reduce((sum, { totalDocs }) => sum + totalDocs, 0))
    expect(report.collections).toEqual(['articles', 'faqs', 'testimonials'])
    const ours = new Set(mine.map(({ collection, id }) => `${collection}#${id}`))
    expect(report.newBlockingFindings.filter((f) => ours.has(`${f.collection}#${f.id}`))).toEqual([])
  })

  describe('after the engine and the stored text changed', () => {
    type State = Awaited<ReturnType<typeof stateOf>>
    const statesOfMine = () => Promise.all(mine.map(({ collection, id }) => stateOf(collection, id)))
    let before: State[]
    let afterDryRun: State[]
    let dryRun: RescanReport
    let run: RescanReport
    let after: State[]

    beforeAll(async () => {
      // A's promise is rewritten as a statistic, B (live) gains a study, C's removed claim is back.
      await setStoredBody(
        'articles',
        a.id,
        'body',
        richText(AUTHORITY, STATISTIC, 'Zorbleflux groups meet on Tuesdays.'),
      )
      await setStoredBody('articles', b.id, 'body', richText('Groups meet on Tuesdays.', STUDY), { live: true })
      await setStoredBody('faqs', c.id, 'answer', richText(MINDFUL, 'Groups meet weekly.'))
      before = await statesOfMine()
      dryRun = await rescanDocuments(payload, { ...newEngine, dryRun: true })
      afterDryRun = await statesOfMine()
      run = await rescanDocuments(payload, newEngine)
      after = await statesOfMine()
    })

    it('--dry-run reports what would change and writes nothing', () => {
      expect(dryRun.dryRun).toBe(true)
      expect(afterDryRun).toEqual(before)
      const figures = ({ elapsedMs: _elapsed, analysisMs: _analysis, dryRun: _dryRun, ...rest }: RescanReport) => rest
      expect(figures(dryRun)).toEqual(figures(run))
    })

    it('keeps decisions of unchanged claims, adds new ones pending and marks vanished ones removed', () => {
      const [claimsA, claimsB, claimsC, claimsD] = after.map((state) => state.claims)
      const byFingerprint = (claims: typeof claimsA) => new Map(claims.map((claim) => [claim.fingerprint, claim]))

      const kept = byFingerprint(claimsA).get(approved.fingerprint)!
      expect(kept).toMatchObject({ id: approved.id, status: 'approved', decidedBy: compliance.id })
      expect(kept.updatedAt).toBe(before[0].claims.find((claim) => claim.id === approved.id)!.updatedAt)
      for (const claim of claimsIn(PROMISE))
        expect(byFingerprint(claimsA).get(claim.fingerprint)?.status).toBe('removed')
      for (const claim of claimsIn(STATISTIC))
        expect(byFingerprint(claimsA).get(claim.fingerprint)?.status).toBe('pending')

      expect(claimsIn(STUDY).length).toBeGreaterThan(0)
      for (const claim of claimsIn(STUDY)) expect(byFingerprint(claimsB).get(claim.fingerprint)?.status).toBe('pending')

      const reappeared = claimsIn(MINDFUL, 'faq')
      expect(reappeared.length).toBeGreaterThan(0)
      for (const claim of reappeared) {
        const record = byFingerprint(claimsC).get(claim.fingerprint)!
        expect(before[2].claims.find((old) => old.id === record.id)?.status).toBe('removed')
        expect(record.status).toBe('pending')
      }
      // One record per claim: no duplicates for claims that reappeared.
      expect(new Set(claimsC.map((claim) => claim.fingerprint)).size).toBe(claimsC.length)

      expect(claimsD).toEqual(before[3].claims)
    })

    it('updates the compliance findings of the working copy and of the live row', () => {
      const [stateA, stateB, , stateD] = after
      const houseRule = (language: unknown) =>
        ((language ?? []) as { rule: string; severity: string; field: string }[]).filter(
          (finding) => finding.rule === HOUSE_RULE.rule,
        )
      expect(houseRule(stateA.compliance?.language)).toEqual([
        expect.objectContaining({ severity: 'block', field: 'body', text: 'Zorbleflux' }),
      ])
      // A is a draft never published: its main row holds the text it was created with, analysed too.
      expect(houseRule(stateA.liveCompliance?.language)).toHaveLength(1)
      expect(houseRule(stateD.compliance?.language)).toEqual([expect.objectContaining({ field: 'quote' })])
      for (const [index, state] of after.entries()) {
        expect(new Date(state.compliance!.analyzedAt!).getTime()).toBeGreaterThan(
          new Date(before[index].compliance!.analyzedAt!).getTime(),
        )
      }
      expect(stateB.compliance?.language).toEqual(stateB.liveCompliance?.language)
    })

    it('is not an edit: no new version, same updatedAt, workflow state and last editor', () => {
      expect(after.map((state) => state.untouched)).toEqual(before.map((state) => state.untouched))
      expect(after[1].untouched).toMatchObject({ workflowState: 'published', status: 'published' })
    })

    it('reports what changed', () => {
      const title = (prefix: string) => expect.stringMatching(new RegExp(`^${prefix} `))
      expect(run.dryRun).toBe(false)
      expect(run.documents.changed).toBe(4)
      expect(run.claims).toMatchObject({
        added: claimsIn(STATISTIC).length + claimsIn(STUDY).length + claimsIn(MINDFUL, 'faq').length,
        reappeared: claimsIn(MINDFUL, 'faq').length,
        removed: claimsIn(PROMISE).length,
      })
      expect(run.newBlockingFindings).toEqual(
        expect.arrayContaining([
          {
            collection: 'articles',
            id: a.id,
            title: title('Rescan A'),
            field: 'body',
            rule: HOUSE_RULE.rule,
            text: 'Zorbleflux',
          },
          {
            collection: 'testimonials',
            id: d.id,
            title: title('Rescan D'),
            field: 'quote',
            rule: HOUSE_RULE.rule,
            text: 'zorbleflux',
          },
        ]),
      )
      expect(run.newBlockingFindings.every((finding) => mine.some((doc) => doc.id === finding.id))).toBe(true)
      // B is published: its new claims block the next transition (A, C and D are drafts).
      expect(run.newPendingOnGated).toEqual([
        {
          collection: 'articles',
          id: b.id,
          title: title('Rescan B'),
          state: 'published',
          claims: claimsIn(STUDY).map((claim) => claim.text),
        },
      ])

      const text = formatRescanReport(run)
      expect(text).toContain('Rescan of articles, faqs, testimonials\n')
      expect(text).toContain('Documents whose findings changed: 4')
      expect(text).toMatch(new RegExp(`articles #${a.id} "Rescan A[^"]*": house/zorbleflux \\("Zorbleflux"\\)`))
      expect(text).toMatch(new RegExp(`articles #${b.id} "Rescan B[^"]*" \\(published\\): "A 2023 study`))
      expect(text).toMatch(/Elapsed: \d+\.\d s \(analysis \d+\.\d s\)$/)
    })

    it('finds nothing more to do when run again', async () => {
      const again = await rescanDocuments(payload, newEngine)
      expect(again.documents.changed).toBe(0)
      expect(again.claims).toEqual({
        added: 0,
        reappeared: 0,
        removed: 0,
        unchanged: run.claims.unchanged + run.claims.added,
      })
      expect(again.newBlockingFindings).toEqual([])
      expect(again.newPendingOnGated).toEqual([])
    })

    it('runs from the command line and prints the report', { timeout: 150_000 }, async () => {
      // Without the test's house rule, the testimonial's blocking finding goes again.
      const result = spawnSync(
        process.execPath,
        [path.join(projectRoot, 'scripts/run.mjs'), 'scripts/rescan.ts', '--collection', 'testimonials'],
        { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'development' }, timeout: 140_000 },
      )
      expect(result.status, `${result.error ?? ''}\n${result.stdout}\n${result.stderr}`).toBe(0)
      expect(result.stdout).toContain('Rescan of testimonials\n')
      expect(result.stdout).toMatch(/Documents scanned: \d+ \(with \d+ latest versions?\)/)
      expect(result.stdout).toContain('Documents whose findings changed: 1\n')
      expect(result.stdout).toMatch(/Claims: 0 added, 0 removed, \d+ unchanged/)
      expect(result.stdout).toContain('New blocking findings: 0\n')
      expect(result.stdout).toMatch(/Elapsed: \d+\.\d s \(analysis \d+\.\d s\)/)
      // Not a terminal: plain progress lines instead of a bar.
      expect(result.stderr).toMatch(/\[rescan\] (\d+)\/\1 documents \(100%, testimonials\)/)
      const { compliance: stored } = await payload.findByID({ collection: 'testimonials', id: d.id, draft: true })
      expect(JSON.stringify(stored?.language)).not.toContain(HOUSE_RULE.rule)
    })

    it('refuses unknown arguments and collections', async () => {
      const result = spawnSync(
        process.execPath,
        [path.join(projectRoot, 'scripts/run.mjs'), 'scripts/rescan.ts', '--bogus'],
        {
          cwd: projectRoot,
          encoding: 'utf8',
          env: { ...process.env, NODE_ENV: 'development' },
          timeout: 60_000,
        },
      )
      expect(result.status).toBe(1)
      expect(result.stderr).toContain('Unknown argument: --bogus')
      await expect(rescanDocuments(payload, { collections: ['categories'] })).rejects.toThrow(
        '"categories" is not an analysed collection',
      )
    })
  })

  describe('speed', () => {
    const COUNT = 10_000
    const PREFIX = 'rescan-bench-'

    const NEUTRAL = [
      'Many people notice changes in sleep, appetite and energy when stress builds up over several weeks.',
      'Talking with someone you trust can make a hard week feel a little more manageable.',
      'Our counselors meet clients in person and online, and evening appointments are available.',
      'Family members are welcome at the first session if the client would like them there.',
      'Recovery looks different for everyone, and setbacks are a normal part of the process.',
      'We ask about medical history, current medications and any previous treatment at intake.',
      'Group sessions are small, so everyone has time to speak and to listen.',
      'Bring a list of questions to your first appointment so nothing important is forgotten.',
      'Insurance coverage varies, and our billing team can explain the options before you start.',
      'Regular exercise, steady routines and enough rest support the work done in therapy.',
      'Clients set their own goals with their counselor and review them every few weeks.',
      'If you are unsure where to begin, a short phone call can help you decide.',
    ]
    const claimsFor = (i: number) => [
      `In our ${2000 + (i % 25)} client survey, ${40 + (i % 50)}% of participants reported fewer symptoms after ${4 + (i % 9)} weeks.`,
      `Research shows that weekly group sessions help clients in program ${i} stay engaged in care.`,
      `Program ${i} is more effective than standard outpatient care for most adults.`,
    ]
    /** About 300 words: four paragraphs of five sentences, three of them claims, now and then a flagged word. */
    const benchBody = (i: number) => {
      const claims = claimsFor(i)
      const sentences = Array.from({ length: 20 }, (_, n) =>
        n % 7 === 3 ? claims[(n - 3) / 7] : NEUTRAL[(i + n) % NEUTRAL.length],
      )
      if (i % 4 === 0) sentences[18] = 'Nobody should be labelled an addict because of an illness.'
      return richText(...[0, 5, 10, 15].map((start) => sentences.slice(start, start + 5).join(' ')))
    }

    const cleanUp = async () => {
      await execute(
        sql`DELETE FROM claims WHERE id IN (SELECT r.parent_id FROM claims_rels r JOIN articles a ON a.id = r.articles_id
          WHERE a.slug LIKE ${`${PREFIX}%`})`,
      )
      await execute(
        sql`DELETE FROM _articles_v WHERE parent_id IN (SELECT id FROM articles WHERE slug LIKE ${`${PREFIX}%`})`,
      )
      await execute(sql`DELETE FROM articles WHERE slug LIKE ${`${PREFIX}%`}`)
    }

    afterAll(async () => {
      await cleanUp()
    })

    it(`rescans ${COUNT.toLocaleString('en-US')} documents in under 30 s`, { timeout: 300_000 }, async () => {
      // Written straight to the tables (main row and latest draft version), never analysed: the
      // first rescan analyses every one and creates all their claims, the most work it can have.
      for (let start = 0; start < COUNT; start += 1000) {
        const rows = Array.from({ length: Math.min(1000, COUNT - start) }, (_, n) => {
          const i = start + n
          const published = i % 10 === 0
          return {
            title: `Rescan bench ${i}: finding steady support`,
            slug: `${PREFIX}${i}`,
            body: benchBody(i),
            workflow_state: published ? 'published' : 'draft',
            _status: published ? 'published' : 'draft',
          }
        })
        await execute(
          sql`INSERT INTO articles (title, slug, body, workflow_state, _status)
            SELECT title, slug, body, workflow_state, _status
            FROM jsonb_populate_recordset(NULL::articles, ${JSON.stringify(rows)}::jsonb)`,
        )
      }
      await execute(
        sql`INSERT INTO _articles_v (parent_id, version_title, version_slug, version_body, latest)
          SELECT id, title, slug, body, true FROM articles WHERE slug LIKE ${`${PREFIX}%`}`,
      )

      const started = performance.now()
      const first = await rescanDocuments(payload, { collections: ['articles'] })
      const firstSeconds = (performance.now() - started) / 1000
      const again = performance.now()
      const second = await rescanDocuments(payload, { collections: ['articles'], dryRun: true })
      const secondSeconds = (performance.now() - again) / 1000

      console.log(
        `[rescan benchmark] ${first.documents.scanned.toLocaleString('en-US')} articles ` +
          `(${COUNT.toLocaleString('en-US')} never analysed, ~300 words, each with a draft version row): ` +
          `first rescan ${firstSeconds.toFixed(1)} s (analysis ${(first.analysisMs / 1000).toFixed(1)} s; ` +
          `${first.claims.added.toLocaleString('en-US')} claims created); ` +
          `dry run with nothing to change ${secondSeconds.toFixed(1)} s (analysis ${(second.analysisMs / 1000).toFixed(1)} s)`,
      )
      expect(first.documents.scanned).toBeGreaterThanOrEqual(COUNT)
      expect(first.documents.changed).toBeGreaterThanOrEqual(COUNT)
      expect(first.claims.added).toBeGreaterThan(COUNT)
      expect(second.documents.changed).toBe(0)
      expect(firstSeconds).toBeLessThan(30)
    })
  })
})
