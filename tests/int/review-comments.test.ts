/**
 * Review comments tied to a passage of the text: staff write them, anyone on the staff resolves
 * them, nobody edits or deletes them, and the public never reads them. Over REST with real users.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload } from '../helpers/payload'
import { startTestServer, type TestServer } from '../helpers/server'
import { loginToken, userWithRole, type TestUser } from '../helpers/users'
import { createDraft, transitionAs } from '../helpers/workflow'

describe('review comments on passages', () => {
  let payload: Payload
  let server: TestServer
  let editor: TestUser
  let reviewer: TestUser
  const tokens: Record<string, string> = {}

  const call = (method: string, path: string, token?: string, body?: unknown) =>
    fetch(`${server.baseUrl}/api/review-comments${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })

  beforeAll(async () => {
    payload = await getTestPayload()
    server = await startTestServer()
    editor = await userWithRole(payload, 'editor')
    reviewer = await userWithRole(payload, 'clinical-reviewer')
    for (const user of [editor, reviewer]) tokens[user.email] = await loginToken(server.baseUrl, user.email)
  })

  afterAll(async () => server?.close())

  it('ties a reviewer’s comment to a passage, keeps it as written, and lets the editor resolve it', async () => {
    const faq = await createDraft(payload, 'faqs', editor)
    await transitionAs(payload, editor, { collection: 'faqs', id: faq.id, to: 'in_review' })

    const created = await call('POST', '', tokens[reviewer.email], {
      document: { relationTo: 'faqs', value: faq.id },
      passage: 'three evenings a week',
      body: 'Say how long each evening lasts.',
      author: editor.id,
      resolved: true,
    })
    expect(created.status).toBe(201)
    const { doc } = await created.json()
    // Who wrote it is the signed-in user, and a new comment is open, whatever was sent.
    expect(doc).toMatchObject({ passage: 'three evenings a week', resolved: false, author: { id: reviewer.id } })

    const listed = await call(
      'GET',
      `?where[document.relationTo][equals]=faqs&where[document.value][equals]=${faq.id}`,
      tokens[editor.email],
    )
    expect((await listed.json()).docs.map((comment: { id: number }) => comment.id)).toEqual([doc.id])

    const edited = await call('PATCH', `/${doc.id}`, tokens[editor.email], { body: 'Nothing to change.' })
    expect(edited.status).toBe(400)
    expect((await edited.json()).errors[0].message).toMatch(/cannot be edited once written \(body\)/)

    const resolved = await call('PATCH', `/${doc.id}`, tokens[editor.email], { resolved: true })
    expect(resolved.status).toBe(200)
    expect((await resolved.json()).doc).toMatchObject({
      resolved: true,
      resolvedBy: { id: editor.id },
      resolvedAt: expect.any(String),
      body: 'Say how long each evening lasts.',
    })

    expect((await call('DELETE', `/${doc.id}`, tokens[editor.email])).status).toBe(403)
    expect(await payload.findByID({ collection: 'review-comments', id: doc.id })).toBeTruthy()
  })

  it('is never readable or writable by the public', async () => {
    const listed = await call('GET', '')
    expect(listed.status).toBe(403)
    const posted = await call('POST', '', undefined, { document: { relationTo: 'faqs', value: 1 }, body: 'Hi' })
    expect(posted.status).toBe(403)
  })
})
