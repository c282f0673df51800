/**
 * The editorial workflow end to end on real PostgreSQL: the review loop, four-eyes, edits after
 * approval, every way around the workflow we know of, scheduled publishing, review cadence,
 * notifications and the append-only, atomic audit trail.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { outbox, sentCount, sentSince } from '@/email/adapter'

import { articleData } from '../helpers/lexical'
import { getTestPayload } from '../helpers/payload'
import { graphql, startTestServer, type TestServer } from '../helpers/server'
import { loginToken, userWithRole, type TestUser } from '../helpers/users'
import { createDraft, eventsOf, forceState, stateOf, transitionAs, uniqueTitle } from '../helpers/workflow'

describe('editorial workflow', () => {
  let payload: Payload
  let server: TestServer
  let editor: TestUser
  let reviewer: TestUser
  let compliance: TestUser
  const token = {} as Record<'editor' | 'reviewer' | 'compliance' | 'admin', string>

  const api = async (method: string, path: string, who?: keyof typeof token, body?: unknown) => {
    const response = await fetch(`${server.baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(who ? { authorization: `JWT ${token[who]}` } : {}) },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    })
    const text = await response.text()
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests read whatever JSON the API answers
    let json: any = null
    try {
      json = JSON.parse(text)
    } catch {
      /* not JSON */
    }
    return { status: response.status, json, text }
  }
  const transition = (collection: string, id: number, who: keyof typeof token, body: unknown) =>
    api('POST', `/api/${collection}/${id}/transition`, who, body)

  /** Drives a fresh article by `editor` through review to `approved`. */
  const approvedArticle = async (title = uniqueTitle('Approved')) => {
    const doc = await createDraft(payload, 'articles', editor, title)
    await transitionAs(payload, editor, { collection: 'articles', id: doc.id, to: 'in_review' })
    await transitionAs(payload, reviewer, { collection: 'articles', id: doc.id, to: 'compliance_review' })
    await transitionAs(payload, compliance, { collection: 'articles', id: doc.id, to: 'approved' })
    return doc
  }
  const publicTitle = async (id: number) => (await api('GET', `/api/articles/${id}`)).json?.title

  beforeAll(async () => {
    payload = await getTestPayload()
    server = await startTestServer()
    editor = await userWithRole(payload, 'editor')
    reviewer = await payload
      .update({
        collection: 'users',
        id: (await userWithRole(payload, 'clinical-reviewer')).id,
        data: { credentials: 'PsyD, LCSW' },
      })
      .then((user) => ({ ...user, collection: 'users' as const }))
    compliance = await userWithRole(payload, 'compliance')
    await userWithRole(payload, 'admin')
    token.editor = await loginToken(server.baseUrl, editor.email)
    token.reviewer = await loginToken(server.baseUrl, reviewer.email)
    token.compliance = await loginToken(server.baseUrl, compliance.email)
    token.admin = await loginToken(server.baseUrl, 'admin@test.vetted')
  })

  afterAll(async () => {
    await server?.close()
  })

  describe('the review loop over REST', () => {
    it('goes from draft to published, recording the clinical sign-off and one event per step', async () => {
      const title = uniqueTitle('Loop')
      const created = await api('POST', '/api/articles?draft=true', 'editor', articleData(title))
      expect(created.status).toBe(201)
      const id = created.json.doc.id as number
      expect(created.json.doc.workflowState).toBe('draft')

      expect((await transition('articles', id, 'editor', { to: 'in_review' })).json).toMatchObject({
        state: 'in_review',
        from: 'draft',
      })
      const before = Date.now()
      expect(
        (await transition('articles', id, 'reviewer', { to: 'compliance_review', comment: 'Clinically accurate.' }))
          .status,
      ).toBe(200)
      expect((await transition('articles', id, 'compliance', { to: 'approved' })).status).toBe(200)
      expect(await publicTitle(id)).toBeUndefined()
      const published = await transition('articles', id, 'compliance', { to: 'published' })
      expect(published.json).toMatchObject({ state: 'published', status: 'published' })

      expect(await publicTitle(id)).toBe(title)
      const doc = await payload.findByID({ collection: 'articles', id, depth: 0 })
      expect(doc.reviewedBy).toBe(reviewer.id)
      expect(doc.reviewerCredentials).toBe('PsyD, LCSW')
      const reviewedAt = new Date(doc.lastReviewedAt!).getTime()
      expect(reviewedAt).toBeGreaterThanOrEqual(before - 1000)
      const due = new Date(doc.nextReviewDue!)
      const expectedDue = new Date(reviewedAt)
      expectedDue.setUTCMonth(expectedDue.getUTCMonth() + 12)
      expect(due.toISOString()).toBe(expectedDue.toISOString())
      expect(doc.publishedAt).toBeTruthy()

      const events = await eventsOf(payload, 'articles', id)
      expect(events.map((event) => `${event.from}>${event.to}:${event.role}`)).toEqual([
        'draft>in_review:editor',
        'in_review>compliance_review:clinical-reviewer',
        'compliance_review>approved:compliance',
        'approved>published:compliance',
      ])
      expect(events[1]).toMatchObject({ actor: reviewer.id, comment: 'Clinically accurate.' })
    })

    it('sends changes back to the author with a required comment', async () => {
      const doc = await createDraft(payload, 'articles', editor)
      await transitionAs(payload, editor, { collection: 'articles', id: doc.id, to: 'in_review' })
      const noComment = await transition('articles', doc.id, 'reviewer', { to: 'changes_requested' })
      expect(noComment.status).toBe(403)
      expect(noComment.json.errors[0].message).toMatch(/a comment explaining what must change/)
      const withComment = await transition('articles', doc.id, 'reviewer', {
        to: 'changes_requested',
        comment: 'Cite the 50% figure.',
      })
      expect(withComment.json.state).toBe('changes_requested')
      const mail = outbox.filter((message) => message.to === editor.email).at(-1)
      expect(mail?.subject).toMatch(/Changes requested/)
      expect(mail?.text).toContain('Cite the 50% figure.')
    })
    it('hands the document over: a transition releases the edit lock of whoever was editing it', async () => {
      const doc = await createDraft(payload, 'articles', editor)
      const lockOf = () =>
        payload.count({
          collection: 'payload-locked-documents',
          where: { and: [{ 'document.relationTo': { equals: 'articles' } }, { 'document.value': { equals: doc.id } }] },
        })
      await payload.create({
        collection: 'payload-locked-documents',
        data: { document: { relationTo: 'articles', value: doc.id }, user: { relationTo: 'users', value: editor.id } },
      })
      expect((await lockOf()).totalDocs).toBe(1)
      await transitionAs(payload, editor, { collection: 'articles', id: doc.id, to: 'in_review' })
      expect((await lockOf()).totalDocs).toBe(0)
    })
  })

  describe('the transition API', () => {
    it('answers a forbidden transition with 403 naming the state, the role and what is missing', async () => {
      const doc = await approvedArticle()
      const response = await transition('articles', doc.id, 'editor', { to: 'published' })
      expect(response.status).toBe(403)
      const [error] = response.json.errors
      expect(error.message).toContain('"approved"')
      expect(error.message).toContain('editor')
      expect(error.data).toEqual({
        currentState: 'approved',
        roles: ['editor'],
        missing: ['one of the roles compliance, admin'],
      })
      expect(await stateOf(payload, 'articles', doc.id)).toBe('approved')
    })

    it.each([
      [{ to: 'live' }, /"to" must be one of/],
      [{}, /"to" must be one of/],
      [{ to: 'in_review', comment: 42 }, /"comment" must be a string/],
      [{ to: 'scheduled', publishAt: 'next tuesday' }, /"publishAt" must be an ISO 8601 date/],
      ['{not json', /not valid JSON/],
      ['[1,2]', /must be a JSON object/],
    ])('answers 400 to %j', async (body, message) => {
      const doc = await createDraft(payload, 'articles', editor)
      const eventsBefore = (await eventsOf(payload, 'articles', doc.id)).length
      const response = await transition('articles', doc.id, 'editor', body)
      expect(response.status).toBe(400)
      expect(response.json.errors[0].message).toMatch(message)
      expect((await eventsOf(payload, 'articles', doc.id)).length).toBe(eventsBefore)
    })

    it('answers 404 for a missing document and 401 without a user', async () => {
      expect((await transition('articles', 999999, 'editor', { to: 'in_review' })).status).toBe(404)
      expect((await api('POST', '/api/articles/1/transition', undefined, { to: 'in_review' })).status).toBe(401)
    })

    it('answers the same over GraphQL', async () => {
      const doc = await createDraft(payload, 'faqs', editor)
      const ok = await graphql(
        server.baseUrl,
        `mutation { workflowTransition(collection: faqs, id: ${doc.id}, to: "in_review") { state from status } }`,
        {
          token: token.editor,
        },
      )
      expect(ok.data).toEqual({ workflowTransition: { state: 'in_review', from: 'draft', status: 'draft' } })
      const refused = await graphql(
        server.baseUrl,
        `mutation { workflowTransition(collection: faqs, id: ${doc.id}, to: "approved") { state } }`,
        {
          token: token.compliance,
        },
      )
      expect(refused.errors?.[0].extensions?.statusCode).toBe(403)
      expect(refused.errors?.[0].message).toMatch(/Cannot move from "in_review" to "approved"/)
    })

    it('tells each user what they may do next, with the history', async () => {
      const doc = await createDraft(payload, 'articles', editor)
      await transitionAs(payload, editor, { collection: 'articles', id: doc.id, to: 'in_review' })
      const forReviewer = await api('GET', `/api/articles/${doc.id}/workflow`, 'reviewer')
      expect(forReviewer.json.state).toBe('in_review')
      expect(forReviewer.json.actions.map((action: { to: string }) => action.to)).toEqual([
        'compliance_review',
        'changes_requested',
      ])
      expect(forReviewer.json.history).toHaveLength(1)
      const forEditor = await api('GET', `/api/articles/${doc.id}/workflow`, 'editor')
      expect(forEditor.json.actions).toEqual([
        expect.objectContaining({
          to: 'draft',
          action: 'Reopen for editing',
          confirm: expect.stringMatching(/review/),
        }),
      ])
      // Nothing is live yet: compliance is not offered a take-down that could only be refused.
      const forCompliance = await api('GET', `/api/articles/${doc.id}/workflow`, 'compliance')
      expect(forCompliance.json.actions).toEqual([])
      expect((await api('GET', `/api/articles/${doc.id}/workflow`)).status).toBe(401)
    })
  })

  describe('four-eyes', () => {
    it('stops whoever made the last edit from signing off or approving', async () => {
      const both = await userWithRole(payload, 'editor', 'editor-and-reviewer@test.vetted')
      await payload.update({ collection: 'users', id: both.id, data: { roles: ['editor', 'clinical-reviewer'] } })
      const dual = { ...both, roles: ['editor', 'clinical-reviewer'] } as TestUser

      const doc = await createDraft(payload, 'articles', dual)
      await transitionAs(payload, dual, { collection: 'articles', id: doc.id, to: 'in_review' })
      await expect(
        transitionAs(payload, dual, { collection: 'articles', id: doc.id, to: 'compliance_review' }),
      ).rejects.toThrow(/four-eyes/)
      await transitionAs(payload, reviewer, { collection: 'articles', id: doc.id, to: 'compliance_review' })

      const both2 = await userWithRole(payload, 'editor', 'editor-and-compliance@test.vetted')
      await payload.update({ collection: 'users', id: both2.id, data: { roles: ['editor', 'compliance'] } })
      const other = await createDraft(payload, 'articles', { ...both2, roles: ['editor', 'compliance'] } as TestUser)
      await transitionAs(payload, both2, { collection: 'articles', id: other.id, to: 'in_review' })
      await transitionAs(payload, reviewer, { collection: 'articles', id: other.id, to: 'compliance_review' })
      await expect(
        transitionAs(payload, { ...both2, roles: ['editor', 'compliance'] } as TestUser, {
          collection: 'articles',
          id: other.id,
          to: 'approved',
        }),
      ).rejects.toThrow(/four-eyes/)
      await transitionAs(payload, compliance, { collection: 'articles', id: other.id, to: 'approved' })
    })
  })

  describe('editing approved or published content', () => {
    it('opens a new draft for re-review, by an explicit step, while the published version stays live', async () => {
      const title = uniqueTitle('Live')
      const doc = await approvedArticle(title)
      await transitionAs(payload, compliance, { collection: 'articles', id: doc.id, to: 'published' })

      // Published content is read-only: an edit (or an autosave) is refused and changes nothing.
      const refused = await api('PATCH', `/api/articles/${doc.id}?draft=true&autosave=true`, 'editor', {
        title: `${title} (edited)`,
      })
      expect(refused.status).toBe(403)
      expect(await stateOf(payload, 'articles', doc.id)).toBe('published')

      await transitionAs(payload, editor, { collection: 'articles', id: doc.id, to: 'draft' })
      const edit = await api('PATCH', `/api/articles/${doc.id}?draft=true`, 'editor', { title: `${title} (edited)` })
      expect(edit.status).toBe(200)
      expect(await publicTitle(doc.id)).toBe(title)
      const working = await payload.findByID({ collection: 'articles', id: doc.id, draft: true, depth: 0 })
      expect(working).toMatchObject({ title: `${title} (edited)`, workflowState: 'draft', lastEditedBy: editor.id })
      const live = await payload.findByID({ collection: 'articles', id: doc.id, depth: 0 })
      expect(live).toMatchObject({ title, workflowState: 'published', _status: 'published' })
      expect((await eventsOf(payload, 'articles', doc.id)).at(-1)).toMatchObject({
        from: 'published',
        to: 'draft',
        role: 'editor',
      })

      await transitionAs(payload, editor, { collection: 'articles', id: doc.id, to: 'in_review' })
      await transitionAs(payload, reviewer, { collection: 'articles', id: doc.id, to: 'compliance_review' })
      await transitionAs(payload, compliance, { collection: 'articles', id: doc.id, to: 'approved' })
      await transitionAs(payload, compliance, { collection: 'articles', id: doc.id, to: 'published' })
      expect(await publicTitle(doc.id)).toBe(`${title} (edited)`)
    })

    it('never moves a document in review by an edit or an autosave, whoever makes it', async () => {
      const doc = await approvedArticle()
      for (const role of ['editor', 'reviewer', 'compliance', 'admin'] as const) {
        const autosave = await api('PATCH', `/api/articles/${doc.id}?draft=true&autosave=true`, role, {
          excerpt: `Typo fixed by ${role}`,
        })
        expect(autosave.status, `${role}: ${autosave.text}`).toBe(403)
      }
      await expect(
        payload.update({
          collection: 'articles',
          id: doc.id,
          data: { excerpt: 'Changed' },
          draft: true,
          overrideAccess: false,
          user: editor,
        }),
      ).rejects.toMatchObject({ status: 403 })
      const graphql = await api('POST', '/api/graphql', 'reviewer', {
        query: `mutation { updateArticle(id: ${doc.id}, draft: true, data: { excerpt: "GraphQL edit" }) { id } }`,
      })
      expect(graphql.text).toMatch(/not allowed|Forbidden/i)
      expect(await stateOf(payload, 'articles', doc.id)).toBe('approved')
      const working = await payload.findByID({ collection: 'articles', id: doc.id, draft: true, depth: 0 })
      expect(String(working.excerpt ?? '')).not.toMatch(/Typo fixed|Changed|GraphQL edit/)
    })

    it('shows the document read-only to each role in the admin while it is in review', async () => {
      const doc = await createDraft(payload, 'articles', editor)
      const canUpdate = async (role: 'editor' | 'reviewer') => {
        // What the admin's document view asks to decide whether the form is editable.
        const permissions = await api('POST', `/api/articles/access/${doc.id}`, role, {})
        return Boolean(permissions.json.update)
      }
      expect(await canUpdate('editor')).toBe(true)
      await transitionAs(payload, editor, { collection: 'articles', id: doc.id, to: 'in_review' })
      expect(await canUpdate('editor')).toBe(false)
      expect(await canUpdate('reviewer')).toBe(false)
    })

    it('lets trusted server code edit past draft, which reopens the document with an event', async () => {
      const doc = await approvedArticle()
      await payload.update({ collection: 'articles', id: doc.id, data: { excerpt: 'Changed' }, draft: true })
      expect(await stateOf(payload, 'articles', doc.id)).toBe('draft')
      expect((await eventsOf(payload, 'articles', doc.id)).at(-1)).toMatchObject({ from: 'approved', to: 'draft' })
    })
  })

  describe('no way around the workflow', () => {
    it('REST: publishing by create, update, draft tricks or bulk update is refused', async () => {
      const doc = await createDraft(payload, 'articles', editor)
      const attempts = [
        await api('POST', '/api/articles', 'admin', { ...articleData(uniqueTitle('Injected')), _status: 'published' }),
        await api('PATCH', `/api/articles/${doc.id}`, 'admin', { _status: 'published' }),
        await api('PATCH', `/api/articles/${doc.id}?draft=true`, 'admin', { _status: 'published' }),
        await api('PATCH', `/api/articles/${doc.id}?draft=false`, 'compliance', { title: 'Live edit' }),
        await api('PATCH', `/api/articles?where[id][equals]=${doc.id}`, 'admin', { _status: 'published' }),
        await api('PATCH', `/api/articles?draft=true&where[id][equals]=${doc.id}`, 'compliance', {
          _status: 'published',
        }),
      ]
      for (const attempt of attempts) {
        expect(
          attempt.status === 403 || (attempt.status === 400 && attempt.json.errors?.length),
          attempt.text,
        ).toBeTruthy()
        expect(attempt.text).toMatch(/workflow/)
      }
      const live = await payload.find({
        collection: 'articles',
        where: { _status: { equals: 'published' }, title: { like: 'Injected' } },
      })
      expect(live.totalDocs).toBe(0)
      expect((await payload.findByID({ collection: 'articles', id: doc.id, depth: 0 }))._status).toBe('draft')
    })

    it('REST: workflow fields sent by clients are ignored', async () => {
      const doc = await createDraft(payload, 'articles', editor)
      const response = await api('PATCH', `/api/articles/${doc.id}?draft=true`, 'admin', {
        workflowState: 'approved',
        reviewedBy: reviewer.id,
        lastReviewedAt: new Date().toISOString(),
        lastEditedBy: reviewer.id,
      })
      expect(response.status).toBe(200)
      const stored = await payload.findByID({ collection: 'articles', id: doc.id, draft: true, depth: 0 })
      expect(stored.workflowState).toBe('draft')
      expect(stored.reviewedBy ?? null).toBeNull()
      expect(stored.lastReviewedAt ?? null).toBeNull()
      const admin = await userWithRole(payload, 'admin')
      expect(stored.lastEditedBy).toBe(admin.id)
    })

    it('REST: restoring a published version outside the workflow is refused; as a draft it goes back to review', async () => {
      const title = uniqueTitle('Restore')
      const doc = await approvedArticle(title)
      await transitionAs(payload, compliance, { collection: 'articles', id: doc.id, to: 'published' })
      await transitionAs(payload, editor, { collection: 'articles', id: doc.id, to: 'draft' })
      await api('PATCH', `/api/articles/${doc.id}?draft=true`, 'editor', { title: `${title} v2` })
      const { docs: versions } = await payload.findVersions({
        collection: 'articles',
        where: { parent: { equals: doc.id }, 'version._status': { equals: 'published' } },
      })
      const published = versions[0]

      const refused = await api('POST', `/api/articles/versions/${published.id}`, 'admin')
      expect(refused.status).toBe(403)
      const asDraft = await api('POST', `/api/articles/versions/${published.id}?draft=true`, 'editor')
      expect(asDraft.status).toBe(200)
      expect(await stateOf(payload, 'articles', doc.id)).toBe('draft')
      expect(await publicTitle(doc.id)).toBe(title)
    })

    it('GraphQL: create and update mutations cannot publish', async () => {
      const doc = await createDraft(payload, 'articles', editor)
      const update = await graphql(
        server.baseUrl,
        `mutation { updateArticle(id: ${doc.id}, data: { _status: published }) { id _status } }`,
        { token: token.admin },
      )
      expect(update.errors?.[0].message).toMatch(/workflow/)
      const create = await graphql(
        server.baseUrl,
        `mutation { createArticle(data: { title: "GraphQL injected", slug: "graphql-injected-${Date.now()}", body: { root: { type: "root", children: [], direction: null, format: "", indent: 0, version: 1 } }, _status: published }) { id } }`,
        { token: token.admin },
      )
      expect(create.errors?.[0].message).toMatch(/workflow/)
      expect((await payload.findByID({ collection: 'articles', id: doc.id, depth: 0 }))._status).toBe('draft')
    })

    it('Local API with a user: publishing and live edits are refused', async () => {
      const doc = await createDraft(payload, 'faqs', editor)
      await expect(
        payload.update({
          collection: 'faqs',
          id: doc.id,
          data: { _status: 'published' },
          overrideAccess: false,
          user: compliance,
        }),
      ).rejects.toThrow(/Publishing goes through the workflow/)
      await expect(
        payload.update({
          collection: 'faqs',
          id: doc.id,
          data: { question: 'Live?' },
          overrideAccess: false,
          user: compliance,
        }),
      ).rejects.toThrow(/Edits are saved as drafts/)
      await expect(
        payload.create({
          collection: 'faqs',
          data: { question: 'New?', answer: articleData('x').body, _status: 'published' },
          overrideAccess: false,
          user: editor,
        }),
      ).rejects.toThrow(/Publishing goes through the workflow/)
    })

    it('duplicating published content gives an unreviewed draft, not a second live page', async () => {
      const doc = await createDraft(payload, 'articles', editor)
      await forceState(payload, 'articles', doc.id, 'published')
      const copy = await payload.duplicate({
        collection: 'articles',
        id: doc.id,
        overrideAccess: false,
        user: editor,
        depth: 0,
      })
      expect(copy).toMatchObject({ _status: 'draft', workflowState: 'draft', lastEditedBy: editor.id })
      expect((await api('GET', `/api/articles/${copy.id}`)).status).toBe(404)
    })

    it('jobs: the scheduler publishes nothing that is not scheduled', async () => {
      const doc = await createDraft(payload, 'articles', editor)
      await forceState(payload, 'articles', doc.id, 'compliance_review')
      const job = await payload.jobs.queue({ task: 'publishScheduled', input: { collection: 'articles', id: doc.id } })
      await payload.jobs.runByID({ id: job.id })
      const ran = await payload.findByID({ collection: 'payload-jobs', id: job.id })
      expect(
        (ran.taskStatus as { publishScheduled?: Record<string, { output?: unknown }> }).publishScheduled?.['1']?.output,
      ).toMatchObject({ outcome: 'skipped' })
      expect(JSON.stringify(ran.taskStatus)).toMatch(/compliance_review/)
      expect((await payload.findByID({ collection: 'articles', id: doc.id, depth: 0 }))._status).toBe('draft')
    })
  })

  describe('scheduled publishing', () => {
    it('publishes at the scheduled time through the jobs queue, as the scheduler', async () => {
      const title = uniqueTitle('Scheduled')
      const doc = await approvedArticle(title)
      const publishAt = new Date(Date.now() + 1500)
      const scheduled = await transition('articles', doc.id, 'compliance', {
        to: 'scheduled',
        publishAt: publishAt.toISOString(),
      })
      expect(scheduled.json.state).toBe('scheduled')

      await payload.jobs.run({ queue: 'default' })
      expect(await publicTitle(doc.id)).toBeUndefined()
      await new Promise((resolve) => setTimeout(resolve, publishAt.getTime() - Date.now() + 200))
      await payload.jobs.run({ queue: 'default' })

      expect(await publicTitle(doc.id)).toBe(title)
      expect((await eventsOf(payload, 'articles', doc.id)).at(-1)).toMatchObject({
        from: 'scheduled',
        to: 'published',
        role: 'system',
        actor: null,
      })
    })

    it('leaves content alone that was unscheduled before its time, and records why', async () => {
      const doc = await approvedArticle()
      const publishAt = new Date(Date.now() + 800)
      await transitionAs(payload, compliance, {
        collection: 'articles',
        id: doc.id,
        to: 'scheduled',
        publishAt: publishAt.toISOString(),
      })
      await transitionAs(payload, compliance, { collection: 'articles', id: doc.id, to: 'approved' })
      await new Promise((resolve) => setTimeout(resolve, 1000))
      await payload.jobs.run({ queue: 'default' })

      expect(await stateOf(payload, 'articles', doc.id)).toBe('approved')
      const { docs } = await payload.find({
        collection: 'payload-jobs',
        where: { 'input.id': { equals: doc.id } } as never,
        limit: 5,
      })
      expect(JSON.stringify(docs.map((job) => job.taskStatus))).toMatch(/skipped/)
    })
  })

  describe('review cadence', () => {
    it('flags published content past its review date, for staff only, and tells the reviewers', async () => {
      const title = uniqueTitle('Overdue')
      const doc = await approvedArticle(title)
      await transitionAs(payload, compliance, { collection: 'articles', id: doc.id, to: 'published' })
      await payload.update({
        collection: 'articles',
        id: doc.id,
        data: { nextReviewDue: new Date(Date.now() - 86_400_000).toISOString() },
        context: { workflowBypass: 'test set-up' },
      })
      const sentBefore = sentCount()

      await payload.jobs.queue({ task: 'flagOverdueReviews', input: {}, queue: 'daily' })
      await payload.jobs.run({ queue: 'daily' })

      expect((await payload.findByID({ collection: 'articles', id: doc.id, depth: 0 })).reviewOverdue).toBe(true)
      expect((await api('GET', `/api/articles/${doc.id}?draft=true`, 'editor')).json.reviewOverdue).toBe(true)
      const anonymous = await api('GET', `/api/articles/${doc.id}`)
      expect(anonymous.json.title).toBe(title)
      expect(anonymous.json).not.toHaveProperty('reviewOverdue')
      const overdueMail = sentSince(sentBefore).find((message) => message.to === reviewer.email)
      expect(overdueMail?.text).toContain(title)
      expect(await stateOf(payload, 'articles', doc.id)).toBe('published')
    })
  })

  describe('notifications', () => {
    it('emails the role that must act next', async () => {
      const before = sentCount()
      const doc = await createDraft(payload, 'faqs', editor)
      await transitionAs(payload, editor, { collection: 'faqs', id: doc.id, to: 'in_review' })
      await transitionAs(payload, reviewer, { collection: 'faqs', id: doc.id, to: 'compliance_review' })
      await transitionAs(payload, compliance, { collection: 'faqs', id: doc.id, to: 'approved' })
      const sent = sentSince(before).map((message) => `${String(message.to)} ${message.subject}`)
      expect(sent).toEqual(
        expect.arrayContaining([
          expect.stringMatching(new RegExp(`^${reviewer.email} \\[Vetted\\] In clinical review`)),
          expect.stringMatching(new RegExp(`^${compliance.email} \\[Vetted\\] In compliance review`)),
        ]),
      )
    })
  })

  describe('audit trail', () => {
    it('is append-only for everyone, admin included, through every API', async () => {
      const doc = await createDraft(payload, 'articles', editor)
      await transitionAs(payload, editor, { collection: 'articles', id: doc.id, to: 'in_review' })
      const [event] = await eventsOf(payload, 'articles', doc.id)

      expect((await api('PATCH', `/api/workflow-events/${event.id}`, 'admin', { comment: 'rewritten' })).status).toBe(
        403,
      )
      expect((await api('DELETE', `/api/workflow-events/${event.id}`, 'admin')).status).toBe(403)
      expect(
        (
          await api('POST', '/api/workflow-events', 'admin', {
            from: 'draft',
            to: 'published',
            role: 'admin',
            document: { relationTo: 'articles', value: doc.id },
          })
        ).status,
      ).toBe(403)
      const gql = await graphql(
        server.baseUrl,
        `mutation { updateWorkflowEvent(id: ${event.id}, data: { comment: "x" }) { id } }`,
        { token: token.admin },
      )
      expect(gql.errors?.length).toBeGreaterThan(0)
      await expect(
        payload.update({ collection: 'workflow-events', id: event.id, data: { comment: 'x' } }),
      ).rejects.toThrow(/append-only/)
      await expect(payload.delete({ collection: 'workflow-events', id: event.id })).rejects.toThrow(/append-only/)
      expect((await api('GET', '/api/workflow-events')).status).toBe(403)

      const after = await payload.findByID({ collection: 'workflow-events', id: event.id })
      expect(after.comment ?? null).toBeNull()
    })

    it('is written in the same transaction as the change: if the event fails, the transition is undone', async () => {
      const doc = await createDraft(payload, 'articles', editor)
      await transitionAs(payload, editor, { collection: 'articles', id: doc.id, to: 'in_review' })
      const db = payload.db
      await db.execute({
        drizzle: db.drizzle,
        raw: "ALTER TABLE workflow_events ADD CONSTRAINT test_reject_event CHECK (comment IS DISTINCT FROM 'reject this event')",
      })
      try {
        await expect(
          transitionAs(payload, reviewer, {
            collection: 'articles',
            id: doc.id,
            to: 'changes_requested',
            comment: 'reject this event',
          }),
        ).rejects.toThrow()
      } finally {
        await db.execute({ drizzle: db.drizzle, raw: 'ALTER TABLE workflow_events DROP CONSTRAINT test_reject_event' })
      }
      expect(await stateOf(payload, 'articles', doc.id)).toBe('in_review')
      expect((await eventsOf(payload, 'articles', doc.id)).map((event) => event.to)).toEqual(['in_review'])
    })
  })
})
