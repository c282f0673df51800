/**
 * The mental-health plugin on the real stack: claim records kept in step with edits, the compliance
 * gate on approval and publishing, crisis resources, testimonial consent, structured data, and
 * what the public never sees.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'

import { articleData, richText } from '../helpers/lexical'
import { pngFile } from '../helpers/media'
import { getTestPayload } from '../helpers/payload'
import { graphql, startTestServer, type TestServer } from '../helpers/server'
import { loginToken, userWithRole, type TestUser } from '../helpers/users'
import { eventsOf, recordsAbout, transitionAs, uniqueTitle } from '../helpers/workflow'

const crisisBlock = {
  type: 'block',
  version: 2,
  format: '',
  fields: { id: 'crisis-1', blockName: '', blockType: 'crisisResources', variant: 'full' },
}
const withBlock = (body: Article['body']) =>
  ({ ...body, root: { ...body.root, children: [...body.root.children, crisisBlock] } }) as Article['body']

describe('mental-health plugin', () => {
  let payload: Payload
  let server: TestServer
  let editor: TestUser
  let reviewer: TestUser
  let compliance: TestUser
  /** Whoever records consent has made the last edit: a colleague approves (four-eyes). */
  let secondCompliance: TestUser

  const claimsOf = (collection: 'articles' | 'faqs' | 'testimonials', id: number) =>
    recordsAbout(payload, 'claims', collection, id)

  const article = async (...paragraphs: string[]) =>
    payload.create({
      collection: 'articles',
      data: articleData(uniqueTitle('MH'), ...paragraphs),
      draft: true,
      overrideAccess: false,
      user: editor,
    })

  const toComplianceReview = async (collection: 'articles' | 'testimonials' | 'faqs', id: number) => {
    await transitionAs(payload, editor, { collection, id, to: 'in_review' })
    await transitionAs(payload, reviewer, { collection, id, to: 'compliance_review' })
  }

  const source = async (retracted = false) =>
    payload.create({
      collection: 'sources',
      data: {
        title: 'SAMHSA TIP 47',
        url: 'https://store.samhsa.gov/tip-47',
        publisher: 'SAMHSA',
        year: 2006,
        evidenceLevel: 'clinical-guideline',
        retracted,
      },
    })

  beforeAll(async () => {
    payload = await getTestPayload()
    server = await startTestServer()
    editor = await userWithRole(payload, 'editor')
    reviewer = await userWithRole(payload, 'clinical-reviewer')
    compliance = await userWithRole(payload, 'compliance')
    secondCompliance = await userWithRole(payload, 'compliance', 'compliance-2@test.vetted')
  })

  afterAll(async () => {
    await server?.close()
  })

  describe('claim records', () => {
    it('are created pending on save, keep decisions across edits, and are marked removed when they vanish', async () => {
      const doc = await article(
        'Research shows that group therapy helps.',
        'Sessions start at six.',
        'Our program cures anxiety.',
      )
      let claims = await claimsOf('articles', doc.id)
      expect(claims.map((c) => [c.type, c.status])).toEqual([
        ['authority', 'pending'],
        ['promise', 'pending'],
      ])
      await payload.update({
        collection: 'claims',
        id: claims[0].id,
        data: { status: 'approved', sources: [(await source()).id] },
        overrideAccess: false,
        user: compliance,
      })

      // Whitespace and case changes keep the fingerprint; the promise is rewritten; a statistic is added.
      await payload.update({
        collection: 'articles',
        id: doc.id,
        draft: true,
        overrideAccess: false,
        user: editor,
        data: {
          body: richText(
            'Research  shows that GROUP therapy helps.',
            'Sessions start at six.',
            'Nearly 1 in 5 adults lives with a mental illness.',
          ),
        },
      })
      claims = await claimsOf('articles', doc.id)
      expect(claims.map((c) => [c.type, c.status])).toEqual([
        ['authority', 'approved'],
        ['promise', 'removed'],
        ['statistic', 'pending'],
      ])
      expect(claims[0].decidedBy).toBe(compliance.id)
    })

    it('can be decided by compliance only', async () => {
      const doc = await article('Studies show this works.')
      const [claim] = await claimsOf('articles', doc.id)
      await expect(
        payload.update({
          collection: 'claims',
          id: claim.id,
          data: { status: 'approved' },
          overrideAccess: false,
          user: editor,
        }),
      ).rejects.toThrow()
      expect((await fetch(`${server.baseUrl}/api/claims`)).status).toBe(403)
    })
    it('needs a source before compliance can approve, and can be undone', async () => {
      const doc = await article('Studies show this program works for most people.')
      const [claim] = await claimsOf('articles', doc.id)
      await expect(
        payload.update({
          collection: 'claims',
          id: claim.id,
          data: { status: 'approved' },
          overrideAccess: false,
          user: compliance,
        }),
      ).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/Attach a source/) })
      const approved = await payload.update({
        collection: 'claims',
        id: claim.id,
        data: { status: 'approved', sources: [(await source()).id] },
        overrideAccess: false,
        user: compliance,
      })
      expect(approved.status).toBe('approved')
      const undone = await payload.update({
        collection: 'claims',
        id: claim.id,
        data: { status: 'pending' },
        overrideAccess: false,
        user: compliance,
      })
      expect(undone.status).toBe('pending')
    })
  })

  describe('the compliance gate', () => {
    it('refuses approval listing every reason, until each claim is approved with a live source', async () => {
      const doc = await article('Research shows that group therapy helps.', 'It is the best program in the state.')
      await toComplianceReview('articles', doc.id)
      const refusal = await transitionAs(payload, compliance, {
        collection: 'articles',
        id: doc.id,
        to: 'approved',
      }).catch((e) => e)
      expect(refusal.status).toBe(403)
      expect(refusal.data.missing).toEqual([
        'a compliance decision on the pending claim "Research shows that group therapy helps."',
        'a compliance decision on the pending claim "It is the best program in the state."',
      ])

      const [research, best] = await claimsOf('articles', doc.id)
      const retracted = await source(true)
      await payload.update({
        collection: 'claims',
        id: research.id,
        data: { status: 'approved', sources: [retracted.id] },
        overrideAccess: false,
        user: compliance,
      })
      await payload.update({
        collection: 'claims',
        id: best.id,
        data: { status: 'rejected', note: 'Unverifiable superlative.' },
        overrideAccess: false,
        user: compliance,
      })
      const second = await transitionAs(payload, compliance, {
        collection: 'articles',
        id: doc.id,
        to: 'approved',
      }).catch((e) => e)
      expect(second.data.missing).toEqual([
        'a source (not retracted) for the approved claim "Research shows that group therapy helps."',
        'the rejected claim "It is the best program in the state." removed or rewritten',
      ])
      expect(await eventsOf(payload, 'articles', doc.id)).toHaveLength(2)

      await payload.update({
        collection: 'claims',
        id: research.id,
        data: { sources: [retracted.id, (await source()).id] },
        overrideAccess: false,
        user: compliance,
      })
      await payload.update({
        collection: 'claims',
        id: best.id,
        data: { status: 'approved', sources: [(await source()).id] },
        overrideAccess: false,
        user: compliance,
      })
      const approved = await transitionAs(payload, compliance, { collection: 'articles', id: doc.id, to: 'approved' })
      expect(approved.state).toBe('approved')
    })

    it('needs the crisis resources block when the content touches suicide', async () => {
      const doc = await article('If you are thinking about suicide, you are not alone.')
      await toComplianceReview('articles', doc.id)
      const refusal = await transitionAs(payload, compliance, {
        collection: 'articles',
        id: doc.id,
        to: 'approved',
      }).catch((e) => e)
      expect(refusal.data.missing).toEqual([
        'the crisis resources block, because the content touches suicide, self-harm, overdose or crisis',
      ])
      // In review the content is read-only: compliance sends it back, the editor adds the block.
      await transitionAs(payload, compliance, {
        collection: 'articles',
        id: doc.id,
        to: 'changes_requested',
        comment: 'Add the crisis resources block.',
      })

      const current = await payload.findByID({ collection: 'articles', id: doc.id, draft: true })
      await payload.update({
        collection: 'articles',
        id: doc.id,
        draft: true,
        data: { body: withBlock(current.body) },
        overrideAccess: false,
        user: editor,
      })
      const stored = await payload.findByID({ collection: 'articles', id: doc.id, draft: true })
      expect(stored.compliance).toMatchObject({ crisisTopic: true, hasCrisisResources: true })
      await toComplianceReview('articles', doc.id)
      expect(
        (await transitionAs(payload, compliance, { collection: 'articles', id: doc.id, to: 'approved' })).state,
      ).toBe('approved')
    })

    it('blocks unsafe messaging until compliance accepts it with a reason, recorded append-only', async () => {
      const doc = await article('Her brother committed suicide in 1990.')
      const current = await payload.findByID({ collection: 'articles', id: doc.id, draft: true })
      await payload.update({
        collection: 'articles',
        id: doc.id,
        draft: true,
        data: { body: withBlock(current.body) },
        overrideAccess: false,
        user: editor,
      })
      await toComplianceReview('articles', doc.id)
      const refusal = await transitionAs(payload, compliance, {
        collection: 'articles',
        id: doc.id,
        to: 'approved',
      }).catch((e) => e)
      expect(refusal.data.missing.join()).toMatch(
        /"committed suicide" \(safe-messaging\/committed-suicide: died by suicide\)/,
      )

      await expect(
        payload.create({
          collection: 'finding-acceptances',
          data: {
            document: { relationTo: 'articles', value: doc.id },
            rule: 'safe-messaging/committed-suicide',
            text: 'committed suicide',
            reason: 'Direct quotation from a 1990 court record.',
          },
          overrideAccess: false,
          user: editor,
        }),
      ).rejects.toThrow()
      const acceptance = await payload.create({
        collection: 'finding-acceptances',
        data: {
          document: { relationTo: 'articles', value: doc.id },
          rule: 'safe-messaging/committed-suicide',
          text: 'committed suicide',
          reason: 'Direct quotation from a 1990 court record.',
        },
        overrideAccess: false,
        user: compliance,
        depth: 0,
      })
      expect(acceptance.acceptedBy).toBe(compliance.id)
      await expect(
        payload.update({
          collection: 'finding-acceptances',
          id: acceptance.id,
          data: { reason: 'changed my mind later' },
        }),
      ).rejects.toThrow(/append-only/)
      expect(
        (await transitionAs(payload, compliance, { collection: 'articles', id: doc.id, to: 'approved' })).state,
      ).toBe('approved')
    })
  })

  describe('testimonials', () => {
    const testimonial = async (quote: string) =>
      payload.create({
        collection: 'testimonials',
        data: { quote, displayName: 'A participant' },
        draft: true,
        overrideAccess: false,
        user: editor,
      })

    const validConsent = async () => {
      const form = await payload.create({
        collection: 'consent-forms',
        data: { description: 'Signed form' },
        file: await pngFile('form.png'),
      })
      return {
        authorizationOnFile: true,
        signedAt: new Date(Date.now() - 86_400_000).toISOString(),
        scope: 'Website',
        form: form.id,
      }
    }

    it('cannot be approved without valid consent and, for outcomes, a generally-expected-results statement', async () => {
      const doc = await testimonial('The evening groups fit my schedule.')
      await toComplianceReview('testimonials', doc.id)
      const refusal = await transitionAs(payload, compliance, {
        collection: 'testimonials',
        id: doc.id,
        to: 'approved',
      }).catch((e) => e)
      expect(refusal.data.missing).toEqual(['a signed HIPAA marketing authorization on file (testimonial consent)'])

      const outcome = await testimonial('This program saved my life.')
      await payload.update({
        collection: 'testimonials',
        id: outcome.id,
        draft: true,
        data: { consent: await validConsent() },
        overrideAccess: false,
        user: compliance,
      })
      await toComplianceReview('testimonials', outcome.id)
      const [claim] = await claimsOf('testimonials', outcome.id)
      expect(claim.type).toBe('testimonial-outcome')
      await payload.update({
        collection: 'claims',
        id: claim.id,
        data: { status: 'approved', sources: [(await source()).id] },
        overrideAccess: false,
        user: compliance,
      })
      const second = await transitionAs(payload, secondCompliance, {
        collection: 'testimonials',
        id: outcome.id,
        to: 'approved',
      }).catch((e) => e)
      expect(second.data.missing).toEqual([
        'a "generally expected results" statement, because the testimonial describes outcomes',
      ])
    })

    it('never shows consent to the public, and is taken down by the job when consent is revoked', async () => {
      const doc = await testimonial('Staff helped me build a routine.')
      await payload.update({
        collection: 'testimonials',
        id: doc.id,
        draft: true,
        data: { consent: await validConsent() },
        overrideAccess: false,
        user: compliance,
      })
      await toComplianceReview('testimonials', doc.id)
      await transitionAs(payload, secondCompliance, { collection: 'testimonials', id: doc.id, to: 'approved' })
      await transitionAs(payload, secondCompliance, { collection: 'testimonials', id: doc.id, to: 'published' })

      const publicDoc = await (await fetch(`${server.baseUrl}/api/testimonials/${doc.id}`)).json()
      expect(publicDoc.quote).toBe('Staff helped me build a routine.')
      expect(publicDoc).not.toHaveProperty('consent')
      expect(publicDoc).not.toHaveProperty('compliance')
      expect((await fetch(`${server.baseUrl}/api/consent-forms`)).status).toBe(403)
      const gql = await graphql(server.baseUrl, `{ Testimonial(id: ${doc.id}) { quote consent { signedAt } } }`)
      expect(JSON.stringify(gql.data)).not.toContain('signedAt":"')

      await payload.update({
        collection: 'testimonials',
        id: doc.id,
        data: { consent: { revokedAt: new Date().toISOString() } },
        context: { workflowBypass: 'test set-up' },
      })
      await payload.jobs.queue({ task: 'enforceTestimonialConsent', input: {}, queue: 'daily' })
      await payload.jobs.run({ queue: 'daily' })

      expect((await fetch(`${server.baseUrl}/api/testimonials/${doc.id}`)).status).toBe(404)
      expect((await eventsOf(payload, 'testimonials', doc.id)).at(-1)).toMatchObject({
        to: 'archived',
        role: 'system',
        comment: expect.stringMatching(/revoked/),
      })
    })
  })

  describe('structured data', () => {
    it('gives published articles a MedicalWebPage with the real reviewer and published FAQs only', async () => {
      const faq = await payload.create({
        collection: 'faqs',
        data: { question: 'How long is a program?', answer: richText('Usually a few weeks.') },
        draft: true,
        overrideAccess: false,
        user: editor,
      })
      const hiddenFaq = await payload.create({
        collection: 'faqs',
        data: { question: 'Unreviewed question?', answer: richText('Draft answer.') },
        draft: true,
        overrideAccess: false,
        user: editor,
      })
      for (const step of ['in_review', 'compliance_review', 'approved', 'published'] as const) {
        const actor = step === 'in_review' ? editor : step === 'compliance_review' ? reviewer : compliance
        await transitionAs(payload, actor, { collection: 'faqs', id: faq.id, to: step })
      }
      const doc = await payload.create({
        collection: 'articles',
        data: {
          ...articleData(uniqueTitle('Structured'), 'Sessions meet three evenings a week.'),
          relatedFaqs: [faq.id, hiddenFaq.id],
        },
        draft: true,
        overrideAccess: false,
        user: editor,
      })
      const draftLd = (await payload.findByID({ collection: 'articles', id: doc.id, draft: true })).jsonLd as Record<
        string,
        unknown
      >
      expect(draftLd).not.toHaveProperty('reviewedBy')

      for (const step of ['in_review', 'compliance_review', 'approved', 'published'] as const) {
        const actor = step === 'in_review' ? editor : step === 'compliance_review' ? reviewer : compliance
        await transitionAs(payload, actor, { collection: 'articles', id: doc.id, to: step })
      }
      const rest = await (await fetch(`${server.baseUrl}/api/articles/${doc.id}`)).json()
      expect(rest.jsonLd).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'MedicalWebPage',
        headline: doc.title,
        reviewedBy: { '@type': 'Person', name: reviewer.name },
        lastReviewed: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        hasPart: [
          {
            '@type': 'FAQPage',
            mainEntity: [
              {
                '@type': 'Question',
                name: 'How long is a program?',
                acceptedAnswer: { '@type': 'Answer', text: 'Usually a few weeks.' },
              },
            ],
          },
        ],
      })
      expect(JSON.stringify(rest.jsonLd)).not.toMatch(/Unreviewed question|aggregateRating|@test\.vetted/)
      const gql = await graphql(server.baseUrl, `{ Article(id: ${doc.id}) { jsonLd relatedFaqs { question } } }`)
      const article = (gql.data as { Article: { jsonLd: { '@type': string }; relatedFaqs: unknown[] } }).Article
      expect(article.jsonLd['@type']).toBe('MedicalWebPage')
      // What the reference site renders: the unpublished FAQ is left out, not a null in the list.
      expect(article.relatedFaqs).toEqual([{ question: 'How long is a program?' }])
    })
  })

  describe('compliance panel and dashboard', () => {
    it('report findings, claims and blockers to staff only', async () => {
      const doc = await article('Research shows that group therapy helps.', 'She suffers from depression.')
      await toComplianceReview('articles', doc.id)
      const token = await loginToken(server.baseUrl, compliance.email)
      const report = await (
        await fetch(`${server.baseUrl}/api/articles/${doc.id}/compliance`, {
          headers: { authorization: `JWT ${token}` },
        })
      ).json()
      expect(report.claims).toEqual([
        expect.objectContaining({
          type: 'authority',
          status: 'pending',
          sources: [],
          reason: expect.stringMatching(/\w/),
        }),
      ])
      expect(report.claims[0].confidence).toBeGreaterThan(0)
      expect(report.claims[0].confidence).toBeLessThanOrEqual(1)
      expect(report.language).toEqual([
        expect.objectContaining({ rule: 'stigma/suffers-from', severity: 'warn', accepted: false, field: 'body' }),
      ])
      expect(report.blockers).toEqual([
        'a compliance decision on the pending claim "Research shows that group therapy helps."',
      ])
      expect((await fetch(`${server.baseUrl}/api/articles/${doc.id}/compliance`)).status).toBe(401)

      const dashboard = await (
        await fetch(`${server.baseUrl}/api/compliance/dashboard`, { headers: { authorization: `JWT ${token}` } })
      ).json()
      expect(dashboard.pendingClaims).toBeGreaterThan(0)
      expect(dashboard.waitingForCompliance).toContainEqual({ collection: 'articles', id: doc.id, title: doc.title })
      expect((await fetch(`${server.baseUrl}/api/compliance/dashboard`)).status).toBe(401)
    })
  })

  describe('crisis resources global', () => {
    it('is public, editable by compliance only, and versioned', async () => {
      const resources = await (await fetch(`${server.baseUrl}/api/globals/crisis-resources`)).json()
      expect(JSON.stringify(resources.resources)).toMatch(/988/)
      expect(JSON.stringify(resources.resources)).toMatch(/988lifeline\.org/)
      await expect(
        payload.updateGlobal({
          slug: 'crisis-resources',
          data: { heading: 'Changed' },
          overrideAccess: false,
          user: editor,
        }),
      ).rejects.toThrow()
      await payload.updateGlobal({
        slug: 'crisis-resources',
        data: { heading: 'Help is available 24/7' },
        overrideAccess: false,
        user: compliance,
      })
      const versions = await payload.findGlobalVersions({ slug: 'crisis-resources' })
      expect(versions.totalDocs).toBeGreaterThan(0)
    })
  })
})
