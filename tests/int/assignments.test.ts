/**
 * Review stages assigned to a person with a due date: set and changed by staff of the stage's role,
 * recorded in the audit trail, reset by each transition, overdue ones notified once; and the empty
 * drafts "Create New" leaves behind are discarded. Over REST and GraphQL, with real users.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload } from '../helpers/payload'
import { graphql, startTestServer, type TestServer } from '../helpers/server'
import { loginToken, userWithRole, type TestUser } from '../helpers/users'
import { createDraft, eventsOf, transitionAs, uniqueTitle } from '../helpers/workflow'

const DAY = 86_400_000

describe('review assignments', () => {
  let payload: Payload
  let server: TestServer
  let editor: TestUser
  let reviewer: TestUser
  let secondReviewer: TestUser
  let compliance: TestUser
  const tokens: Record<string, string> = {}

  const assign = (id: number, token: string | undefined, body: unknown) =>
    fetch(`${server.baseUrl}/api/faqs/${id}/assign`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
      body: JSON.stringify(body),
    })

  const stored = (id: number) => payload.findByID({ collection: 'faqs', id, draft: true, depth: 0 })

  /** An FAQ the editor wrote and submitted: in clinical review. */
  const inReview = async () => {
    const doc = await createDraft(payload, 'faqs', editor, uniqueTitle('What does a review stage hold'))
    await transitionAs(payload, editor, { collection: 'faqs', id: doc.id, to: 'in_review' })
    return doc.id
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    server = await startTestServer()
    editor = await userWithRole(payload, 'editor')
    reviewer = await userWithRole(payload, 'clinical-reviewer')
    secondReviewer = await userWithRole(payload, 'clinical-reviewer', 'second-reviewer@test.vetted')
    compliance = await userWithRole(payload, 'compliance')
    for (const user of [editor, reviewer, compliance]) tokens[user.email] = await loginToken(server.baseUrl, user.email)
  })

  afterAll(async () => server?.close())

  it('gives each review stage a default due date, unassigned, and starts afresh on every transition', async () => {
    const before = Date.now()
    const id = await inReview()
    const doc = await stored(id)
    expect(doc.assignedTo ?? null).toBeNull()
    const due = new Date(doc.dueAt!).getTime()
    expect(due - before).toBeGreaterThanOrEqual(3 * DAY - 60_000)
    expect(due - before).toBeLessThanOrEqual(3 * DAY + 60_000)

    expect((await assign(id, tokens[reviewer.email], { assignee: reviewer.id })).status).toBe(200)
    await transitionAs(payload, reviewer, { collection: 'faqs', id, to: 'compliance_review' })
    const next = await stored(id)
    expect(next.assignedTo ?? null).toBeNull()
    expect(new Date(next.dueAt!).getTime() - Date.now()).toBeLessThanOrEqual(2 * DAY + 60_000)
    await transitionAs(payload, compliance, { collection: 'faqs', id, to: 'approved' })
    expect((await stored(id)).dueAt ?? null).toBeNull()
  })

  it('lets a reviewer assign the stage to a colleague with a due date, recorded, without touching the content or state', async () => {
    const id = await inReview()
    const dueAt = new Date(Date.now() + 5 * DAY).toISOString()
    const before = await stored(id)
    const response = await assign(id, tokens[reviewer.email], { assignee: secondReviewer.id, dueAt })
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ state: 'in_review', assignedTo: secondReviewer.id, dueAt })

    const after = await stored(id)
    expect(after).toMatchObject({ workflowState: 'in_review', assignedTo: secondReviewer.id, dueAt })
    expect(after.lastEditedBy).toEqual(before.lastEditedBy)
    expect(after.question).toEqual(before.question)
    const event = (await eventsOf(payload, 'faqs', id)).at(-1)!
    expect(event).toMatchObject({
      kind: 'assignment',
      from: 'in_review',
      to: 'in_review',
      actor: reviewer.id,
      assignee: secondReviewer.id,
      role: 'clinical-reviewer',
    })
    expect(event.comment).toMatch(/^Assigned to Test clinical-reviewer, due \d{4}-\d\d-\d\d\.$/)

    // The workflow panel's view: the assignee, the due date, and whom it may go to.
    const info = await (
      await fetch(`${server.baseUrl}/api/faqs/${id}/workflow`, {
        headers: { authorization: `JWT ${tokens[reviewer.email]}` },
      })
    ).json()
    expect(info.assignment).toMatchObject({
      assignee: { id: secondReviewer.id },
      dueAt,
      overdue: false,
      canAssign: true,
    })
    expect(info.assignment.candidates.map((person: { id: number }) => person.id)).toEqual(
      expect.arrayContaining([reviewer.id, secondReviewer.id]),
    )
    expect(info.history[0]).toMatchObject({ kind: 'assignment', assignee: { id: secondReviewer.id } })
  })

  it('refuses assignments that are not the actor’s to make, with a clear 4xx, and changes nothing', async () => {
    const id = await inReview()
    const cases: [string | undefined, unknown, number, RegExp][] = [
      [undefined, { assignee: reviewer.id }, 401, /Sign in/],
      [tokens[editor.email], { assignee: reviewer.id }, 403, /clinical-reviewer staff or an admin/],
      [tokens[compliance.email], { assignee: reviewer.id }, 403, /clinical-reviewer staff or an admin/],
      [tokens[reviewer.email], { assignee: editor.id }, 400, /is not clinical-reviewer staff/],
      [tokens[reviewer.email], { assignee: 'x' }, 400, /not a valid user id/],
      [tokens[reviewer.email], { assignee: reviewer.id, dueAt: 'soon' }, 400, /ISO 8601/],
      [tokens[reviewer.email], { dueAt: new Date().toISOString() }, 400, /"assignee"/],
    ]
    for (const [token, body, status, message] of cases) {
      const response = await assign(id, token, body)
      expect(response.status, JSON.stringify(body)).toBe(status)
      expect((await response.json()).errors[0].message).toMatch(message)
    }
    const draft = await createDraft(payload, 'faqs', editor)
    const notInReview = await assign(draft.id, tokens[reviewer.email], { assignee: reviewer.id })
    expect(notInReview.status).toBe(409)
    expect((await stored(id)).assignedTo ?? null).toBeNull()
    expect((await eventsOf(payload, 'faqs', id)).filter((event) => event.kind === 'assignment')).toHaveLength(0)
  })

  it('assigns over GraphQL the same way', async () => {
    const id = await inReview()
    const result = await graphql<{ workflowAssign: { assignedTo: number; state: string } }>(
      server.baseUrl,
      `mutation { workflowAssign(collection: faqs, id: ${id}, assignee: ${reviewer.id}) { state assignedTo dueAt } }`,
      { token: tokens[reviewer.email] },
    )
    expect(result.errors).toBeUndefined()
    expect(result.data?.workflowAssign).toMatchObject({ state: 'in_review', assignedTo: reviewer.id })
    const refused = await graphql(
      server.baseUrl,
      `mutation { workflowAssign(collection: faqs, id: ${id}, assignee: ${reviewer.id}) { state } }`,
      { token: tokens[editor.email] },
    )
    expect(refused.errors?.[0].message).toMatch(/clinical-reviewer staff or an admin/)
  })

  it('gives a resubmitted document back to the reviewer who asked for the changes', async () => {
    const id = await inReview()
    await transitionAs(payload, secondReviewer, {
      collection: 'faqs',
      id,
      to: 'changes_requested',
      comment: 'Name the source of the figure.',
    })
    await transitionAs(payload, editor, { collection: 'faqs', id, to: 'in_review' })
    expect((await stored(id)).assignedTo).toBe(secondReviewer.id)
    expect((await eventsOf(payload, 'faqs', id)).at(-1)).toMatchObject({
      kind: 'assignment',
      assignee: secondReviewer.id,
      role: 'system',
    })
  })

  it('tells the assignee once when the stage is overdue, and records it', async () => {
    const id = await inReview()
    const past = new Date(Date.now() - DAY).toISOString()
    expect((await assign(id, tokens[reviewer.email], { assignee: reviewer.id, dueAt: past })).status).toBe(200)
    const info = await (
      await fetch(`${server.baseUrl}/api/faqs/${id}/workflow`, {
        headers: { authorization: `JWT ${tokens[reviewer.email]}` },
      })
    ).json()
    expect(info.assignment.overdue).toBe(true)

    const runOverdueJob = async () => {
      await payload.jobs.queue({ task: 'notifyOverdueAssignments', input: {}, queue: 'daily' })
      await payload.jobs.run({ queue: 'daily' })
    }
    await runOverdueJob()
    await runOverdueJob()
    const notices = (await eventsOf(payload, 'faqs', id)).filter((event) => event.kind === 'overdue')
    expect(notices).toHaveLength(1)
    expect(notices[0]).toMatchObject({ assignee: reviewer.id, role: 'system', from: 'in_review' })
    expect((await stored(id)).overdueNoticeAt).toBeTruthy()

    // A new due date is a new promise: it is told again when that one passes.
    await assign(id, tokens[reviewer.email], {
      assignee: reviewer.id,
      dueAt: new Date(Date.now() - 60_000).toISOString(),
    })
    await runOverdueJob()
    expect((await eventsOf(payload, 'faqs', id)).filter((event) => event.kind === 'overdue')).toHaveLength(2)
  })

  it('discards drafts left empty by "Create New" after an hour, and keeps every draft someone wrote in', async () => {
    const backdate = async (id: number, createdAt: Date, updatedAt = createdAt) => {
      await payload.db.updateOne({
        collection: 'articles',
        id,
        data: { createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString() },
      })
      const { docs } = await payload.db.findVersions({
        collection: 'articles',
        where: { parent: { equals: id } },
        limit: 10,
        pagination: false,
      })
      for (const version of docs)
        await payload.db.updateVersion({
          collection: 'articles',
          id: version.id,
          versionData: {
            ...version,
            createdAt: createdAt.toISOString(),
            updatedAt: updatedAt.toISOString(),
            version: { ...version.version, createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString() },
          },
        })
    }
    // What the admin creates when "Create New" opens, with autosave on.
    const empty = () =>
      payload.create({ collection: 'articles', data: {}, draft: true, overrideAccess: false, user: editor })
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000)
    const abandoned = await empty()
    await backdate(abandoned.id, twoHoursAgo)
    const fresh = await empty()
    const written = await empty()
    await backdate(written.id, twoHoursAgo, new Date(twoHoursAgo.getTime() + 60_000))
    const titled = await createDraft(payload, 'articles', editor)
    await backdate(titled.id, twoHoursAgo)

    await payload.jobs.queue({ task: 'discardEmptyDrafts', input: {}, queue: 'daily' })
    await payload.jobs.run({ queue: 'daily' })

    const exists = async (id: number) =>
      Boolean(await payload.findByID({ collection: 'articles', id, draft: true, disableErrors: true }))
    expect(await exists(abandoned.id)).toBe(false)
    expect(await exists(fresh.id)).toBe(true)
    expect(await exists(written.id)).toBe(true)
    expect(await exists(titled.id)).toBe(true)
  })
})
