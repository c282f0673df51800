/**
 * Taking content down, against the production build: revoked or expired testimonial consent takes
 * the live testimonial off every public surface at once, from any state (also while an edit is
 * pending), whether recorded in the admin's REST API, over GraphQL, or found by the consent job;
 * and compliance can take any live document down even when a newer draft exists.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { articleData } from '../helpers/lexical'
import { pngFile } from '../helpers/media'
import { getTestPayload } from '../helpers/payload'
import { loginToken, userWithRole, type TestUser } from '../helpers/users'
import { eventsOf, forceState, stateOf, uniqueTitle } from '../helpers/workflow'
import { startTarget, type Target } from './helpers/target'

describe('take-down', () => {
  let payload: Payload
  let target: Target
  let editor: TestUser
  let complianceToken: string
  let editorToken: string

  beforeAll(async () => {
    payload = await getTestPayload()
    target = await startTarget()
    editor = await userWithRole(payload, 'editor')
    const compliance = await userWithRole(payload, 'compliance')
    complianceToken = await loginToken(target.baseUrl, compliance.email)
    editorToken = await loginToken(target.baseUrl, editor.email)
  }, 300_000)
  afterAll(async () => target?.stop())

  const publicStatus = (collection: string, id: number) =>
    fetch(`${target.baseUrl}/api/${collection}/${id}`).then((response) => response.status)

  const publishedTestimonial = async (quote = uniqueTitle('Evening groups fit my week')) => {
    const form = await payload.create({
      collection: 'consent-forms',
      data: { description: 'Signed' },
      file: await pngFile(),
    })
    const doc = await payload.create({
      collection: 'testimonials',
      data: {
        quote,
        displayName: 'A participant',
        consent: {
          authorizationOnFile: true,
          signedAt: new Date(Date.now() - 86_400_000).toISOString(),
          form: form.id,
        },
      },
      draft: true,
    })
    await forceState(payload, 'testimonials', doc.id, 'published')
    expect(await publicStatus('testimonials', doc.id)).toBe(200)
    return doc
  }

  /** An editor reopens and starts an edit: a newer draft now exists, and the working draft is in "draft". */
  const startEdit = async (collection: 'testimonials' | 'articles', id: number, data: Record<string, unknown>) => {
    const reopened = await fetch(`${target.baseUrl}/api/${collection}/${id}/transition`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${editorToken}` },
      body: JSON.stringify({ to: 'draft' }),
    })
    expect(reopened.status).toBe(200)
    const response = await fetch(`${target.baseUrl}/api/${collection}/${id}?draft=true`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${editorToken}` },
      body: JSON.stringify(data),
    })
    expect(response.status).toBe(200)
    expect(await stateOf(payload, collection, id)).toBe('draft')
  }

  it('revocation recorded over REST, while an edit is pending, takes the testimonial down at once', async () => {
    const doc = await publishedTestimonial()
    await startEdit('testimonials', doc.id, { quote: 'Evening groups fit my week, and the staff were kind.' })
    const response = await fetch(`${target.baseUrl}/api/testimonials/${doc.id}?draft=true`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${complianceToken}` },
      body: JSON.stringify({ consent: { revokedAt: new Date().toISOString() } }),
    })
    expect(response.status).toBe(200)
    expect(await publicStatus('testimonials', doc.id)).toBe(404)
    const list = await fetch(`${target.baseUrl}/api/testimonials?where[id][equals]=${doc.id}`).then((r) => r.json())
    expect(list.docs).toEqual([])
    expect(await stateOf(payload, 'testimonials', doc.id)).toBe('archived')
    expect((await eventsOf(payload, 'testimonials', doc.id)).at(-1)).toMatchObject({
      to: 'archived',
      comment: expect.stringMatching(/revoked/),
    })
  })

  it('revocation recorded over GraphQL takes it down too; the live content itself stays read-only', async () => {
    const doc = await publishedTestimonial()
    const contentEdit = await fetch(`${target.baseUrl}/api/testimonials/${doc.id}?draft=true`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${complianceToken}` },
      body: JSON.stringify({ quote: 'Rewritten by compliance', consent: { revokedAt: null } }),
    })
    expect(contentEdit.status).toBe(403)
    expect(await stateOf(payload, 'testimonials', doc.id)).toBe('published')
    const response = await fetch(`${target.baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${complianceToken}` },
      body: JSON.stringify({
        query:
          'mutation ($id: Int!, $at: String) { updateTestimonial(id: $id, draft: true, data: { consent: { revokedAt: $at } }) { id } }',
        variables: { id: doc.id, at: new Date().toISOString() },
      }),
    })
    expect(JSON.stringify(await response.json())).not.toMatch(/"errors"/)
    expect(await publicStatus('testimonials', doc.id)).toBe(404)
  })

  it('expired consent found by the job takes down a testimonial whose edit is pending', async () => {
    const doc = await publishedTestimonial()
    await startEdit('testimonials', doc.id, { displayName: 'A former participant' })
    await payload.update({
      collection: 'testimonials',
      id: doc.id,
      data: { consent: { expiresAt: new Date(Date.now() + 1000).toISOString() } },
      draft: true,
      context: { workflowBypass: 'test set-up: consent about to expire' },
    })
    await new Promise((resolve) => setTimeout(resolve, 1500))
    await payload.jobs.queue({ task: 'enforceTestimonialConsent', input: {}, queue: 'daily' })
    await payload.jobs.run({ queue: 'daily' })
    expect(await publicStatus('testimonials', doc.id)).toBe(404)
    expect((await eventsOf(payload, 'testimonials', doc.id)).at(-1)).toMatchObject({ to: 'archived', role: 'system' })
  })

  it('compliance takes any live document down while a newer draft exists; editors cannot', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: articleData(uniqueTitle('Live with a pending edit')) as never,
      draft: true,
    })
    await forceState(payload, 'articles', article.id, 'published')
    expect(await publicStatus('articles', article.id)).toBe(200)
    await startEdit('articles', article.id, { title: uniqueTitle('A newer title') })
    const transition = (token: string) =>
      fetch(`${target.baseUrl}/api/articles/${article.id}/transition`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({ to: 'archived' }),
      })
    expect((await transition(editorToken)).status).toBe(403)
    expect(await publicStatus('articles', article.id)).toBe(200)
    expect((await transition(complianceToken)).status).toBe(200)
    expect(await publicStatus('articles', article.id)).toBe(404)
    // Nothing live any more: a second take-down is refused with the reason.
    const again = await fetch(`${target.baseUrl}/api/articles/${article.id}/transition`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${complianceToken}` },
      body: JSON.stringify({ to: 'archived' }),
    })
    expect(again.status).toBe(403)
  })
})
