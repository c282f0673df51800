/**
 * What a reviewer sees changed since their last decision: the content fields' sentences added and
 * removed since the request for changes (or sign-off), over REST, staff only.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../helpers/lexical'
import { getTestPayload } from '../helpers/payload'
import { startTestServer, type TestServer } from '../helpers/server'
import { loginToken, userWithRole, type TestUser } from '../helpers/users'
import { transitionAs, uniqueTitle } from '../helpers/workflow'

describe('changes since the last review decision', () => {
  let payload: Payload
  let server: TestServer
  let editor: TestUser
  let reviewer: TestUser
  let reviewerToken: string

  const changes = (id: number, token?: string) =>
    fetch(`${server.baseUrl}/api/faqs/${id}/workflow/changes`, {
      headers: token ? { authorization: `JWT ${token}` } : {},
    })

  beforeAll(async () => {
    payload = await getTestPayload()
    server = await startTestServer()
    editor = await userWithRole(payload, 'editor')
    reviewer = await userWithRole(payload, 'clinical-reviewer')
    reviewerToken = await loginToken(server.baseUrl, reviewer.email)
  })

  afterAll(async () => server?.close())

  it('shows the sentences the editor added and removed since the request for changes, content fields only', async () => {
    const faq = await payload.create({
      collection: 'faqs',
      data: {
        question: uniqueTitle('How often do groups meet'),
        answer: richText('Groups meet three evenings a week.', 'Most people stay eight weeks.'),
      },
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    await transitionAs(payload, editor, { collection: 'faqs', id: faq.id, to: 'in_review' })
    const before = await (await changes(faq.id, reviewerToken)).json()
    expect(before).toEqual({ since: null, fields: [] })

    await transitionAs(payload, reviewer, {
      collection: 'faqs',
      id: faq.id,
      to: 'changes_requested',
      comment: 'Say that the length varies.',
    })
    await payload.update({
      collection: 'faqs',
      id: faq.id,
      data: {
        answer: richText('Groups meet three evenings a week.', 'The length varies: most people stay six to ten weeks.'),
      },
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    await transitionAs(payload, editor, { collection: 'faqs', id: faq.id, to: 'in_review' })

    const response = await changes(faq.id, reviewerToken)
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.since).toMatchObject({
      decision: 'the request for changes',
      by: reviewer.name,
      comment: 'Say that the length varies.',
    })
    expect(body.fields).toEqual([
      {
        field: 'answer',
        label: 'Answer',
        changes: [
          { type: 'removed', text: 'Most people stay eight weeks.' },
          { type: 'added', text: 'The length varies: most people stay six to ten weeks.' },
        ],
      },
    ])
  })

  it('is for staff only, and answers 400 and 404 for a bad or missing document', async () => {
    expect((await changes(1)).status).toBe(401)
    expect((await changes(99_999_999, reviewerToken)).status).toBe(404)
    const bad = await fetch(`${server.baseUrl}/api/faqs/abc/workflow/changes`, {
      headers: { authorization: `JWT ${reviewerToken}` },
    })
    expect(bad.status).toBe(400)
  })
})
