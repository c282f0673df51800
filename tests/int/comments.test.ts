/**
 * Reader comments over real HTTP: anonymous posting that always lands pending, screening for crisis
 * language, personal details and links, the honeypot, rate limits, bad input, and moderation.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload } from '../helpers/payload'
import { graphql, startTestServer, type TestServer } from '../helpers/server'
import { loginToken, userWithRole } from '../helpers/users'
import { createDraft, forceState } from '../helpers/workflow'

let ipCounter = 0
const freshIp = () => `198.51.100.${++ipCounter}`

describe('reader comments', () => {
  let payload: Payload
  let server: TestServer
  let articleId: number
  let draftArticleId: number
  let moderatorToken: string

  const post = async (body: unknown, ip = freshIp()) => {
    const response = await fetch(`${server.baseUrl}/api/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })
    return { status: response.status, headers: response.headers, json: await response.json().catch(() => null) }
  }
  const comment = (body: string, extra: Record<string, unknown> = {}) => ({
    article: articleId,
    authorName: 'Reader',
    authorEmail: 'reader@example.com',
    body,
    ...extra,
  })
  const stored = (id: number) => payload.findByID({ collection: 'comments', id, depth: 0 })
  const count = async () => (await payload.count({ collection: 'comments' })).totalDocs

  beforeAll(async () => {
    payload = await getTestPayload()
    server = await startTestServer()
    const editor = await userWithRole(payload, 'editor')
    const article = await createDraft(payload, 'articles', editor)
    await forceState(payload, 'articles', article.id, 'published')
    articleId = article.id
    draftArticleId = (await createDraft(payload, 'articles', editor)).id
    const moderator = await userWithRole(payload, 'moderator')
    moderatorToken = await loginToken(server.baseUrl, moderator.email)
  })

  afterAll(async () => {
    await server?.close()
  })

  it('accepts a comment from anyone, always pending and not yet public', async () => {
    const response = await post(
      comment('Thanks, this helped me understand my options.', {
        status: 'approved',
        urgent: false,
        moderationReason: 'spam',
      }),
    )
    expect(response.status).toBe(201)
    expect(response.json.doc).toMatchObject({
      status: 'pending',
      body: 'Thanks, this helped me understand my options.',
    })
    expect(response.json).not.toHaveProperty('crisisResources')
    expect(await stored(response.json.doc.id)).toMatchObject({
      status: 'pending',
      urgent: false,
      riskTier: 'none',
      holdReasons: [],
    })
    const publicList = await (await fetch(`${server.baseUrl}/api/comments?limit=200`)).text()
    expect(publicList).not.toContain('helped me understand my options')
  })

  it('flags crisis language as urgent and answers the writer with the crisis resources', async () => {
    const response = await post(comment('I have the pills ready and I am going to end it tonight.'))
    expect(response.status).toBe(201)
    expect(JSON.stringify(response.json.crisisResources)).toMatch(/988/)
    expect(response.json.message).toMatch(/not have to go through this alone/)
    expect(await stored(response.json.doc.id)).toMatchObject({
      urgent: true,
      riskTier: 'high',
      holdReasons: ['crisis'],
      status: 'pending',
    })
  })

  it('holds personal details with a redacted copy for staff, and links as possible spam', async () => {
    const pii = await post(comment('Text me at 555-123-4567, I take lorazepam 2 mg.'))
    expect(await stored(pii.json.doc.id)).toMatchObject({
      holdReasons: ['personal-information'],
      redactedBody: 'Text me at [phone removed], I take [medication removed].',
    })
    const link = await post(comment('Great deals at www.example.shop'))
    expect((await stored(link.json.doc.id)).holdReasons).toEqual(['link'])
  })

  it('rejects bot submissions caught by the honeypot, storing nothing', async () => {
    const before = await count()
    const response = await post(comment('Buy now', { website: 'http://spam.example' }))
    expect(response.status).toBe(400)
    expect(await count()).toBe(before)
  })

  it.each([
    ['malformed JSON', '{"body": ', /not valid JSON/],
    ['an array', '[]', /JSON object/],
    ['an empty body', { authorName: 'A', authorEmail: 'a@example.com', body: '   ' }, /body/],
    [
      'a body over 5,000 characters',
      { authorName: 'A', authorEmail: 'a@example.com', body: 'x'.repeat(5001) },
      /body/i,
    ],
    ['no email', { authorName: 'A', body: 'Hello' }, /email/i],
    ['a bad email', { authorName: 'A', authorEmail: 'not-an-email', body: 'Hello' }, /email/i],
    ['no name', { authorEmail: 'a@example.com', body: 'Hello' }, /name/i],
  ])('answers 400 to %s and stores nothing', async (_name, body, message) => {
    const before = await count()
    const payloadBody = typeof body === 'string' ? body : { article: articleId, ...body }
    const response = await post(payloadBody)
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.json)).toMatch(message)
    expect(await count()).toBe(before)
  })

  it('answers 400 for an unpublished, missing or malformed article', async () => {
    const before = await count()
    for (const article of [draftArticleId, 999999, 'abc']) {
      const response = await post(comment('Hello', { article }))
      expect(response.status, String(article)).toBe(400)
    }
    expect(await count()).toBe(before)
  })

  it('limits each address to 5 comments a minute, with Retry-After, over REST and GraphQL', async () => {
    const ip = freshIp()
    for (let i = 0; i < 5; i++) expect((await post(comment(`Comment ${i}`), ip)).status).toBe(201)
    const limited = await post(comment('One too many'), ip)
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(limited.json.errors[0].message).toMatch(/Too many comments/)

    const viaGraphql = await fetch(`${server.baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({
        query: `mutation { createComment(data: { article: ${articleId}, authorName: "G", authorEmail: "g@example.com", body: "Hi" }) { id } }`,
      }),
    })
    expect(
      ((await viaGraphql.json()) as { errors: { extensions: { statusCode: number } }[] }).errors[0].extensions
        .statusCode,
    ).toBe(429)
    expect((await post(comment('Another reader'), freshIp())).status).toBe(201)
  })

  it('answers many readers posting at once (more than the database pool holds) without stalling', async () => {
    // Each comment holds a transaction while the shared rate limiter counts the hit: with both on
    // one pool, 16 requests at once used to wait on each other for ever.
    const started = Date.now()
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => post(comment(`Posted together ${i}`), `203.0.113.${i + 1}`)),
    )
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 201))
    expect(Date.now() - started).toBeLessThan(20_000)
  }, 60_000)

  it('takes comments over GraphQL the same way: pending, screened', async () => {
    const result = await fetch(`${server.baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': freshIp() },
      body: JSON.stringify({
        query: `mutation { createComment(data: { article: ${articleId}, authorName: "G", authorEmail: "g@example.com", body: "Some days I just want to die.", status: approved }) { id } }`,
      }),
    }).then((r) => r.json() as Promise<{ data: { createComment: { id: number } } }>)
    expect(await stored(result.data.createComment.id)).toMatchObject({
      status: 'pending',
      urgent: true,
      riskTier: 'medium',
    })
  })

  // One of each kind the screening must not miss: plain wishes, a plan with means, a burden, a farewell,
  // giving things away, a method, a past attempt with thoughts now, a parent's report.
  it.each([
    'i just want to die, nothing helps anymore',
    'Ive been saving up my meds for a while now. I know how many I need.',
    'everyone would honestly be better off without me around',
    'Thank you all for everything. This is my last post, please tell my mom I love her.',
    'Gave my guitar and my dog to my brother this weekend, I wont be needing them.',
    'I looked up which bridge is the highest in town',
    'I tried to kill myself two years ago and the thoughts are back this week',
    'My 14 year old son told me last night that he wants to die and I do not know what to do',
  ])(
    'recognises "%s" over REST and over GraphQL, with the resources and the reasons kept for moderators',
    async (body) => {
      const rest = await post(comment(body))
      expect(rest.status).toBe(201)
      expect(JSON.stringify(rest.json.crisisResources)).toMatch(/988/)
      const saved = await stored(rest.json.doc.id)
      expect(saved).toMatchObject({ urgent: true, holdReasons: ['crisis'] })
      expect(saved.crisisSignals?.length).toBeGreaterThan(0)

      const result = await fetch(`${server.baseUrl}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': freshIp() },
        body: JSON.stringify({
          query: `mutation ($data: mutationCommentInput!) { createComment(data: $data) { id crisisResources { heading resources { label detail href } } } }`,
          variables: { data: { article: articleId, authorName: 'G', authorEmail: 'g@example.com', body } },
        }),
      }).then((r) => r.json() as Promise<{ data: { createComment: { id: number; crisisResources: unknown } } }>)
      expect(JSON.stringify(result.data.createComment.crisisResources)).toMatch(/988/)
    },
  )

  it('answers a crisis comment posted over GraphQL with the crisis resources, and never shows them later', async () => {
    const result = await fetch(`${server.baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': freshIp() },
      body: JSON.stringify({
        query: `mutation { createComment(data: { article: ${articleId}, authorName: "G", authorEmail: "g@example.com", body: "I keep thinking about killing myself." }) { id crisisResources { heading resources { label href } } } }`,
      }),
    }).then((r) => r.json() as Promise<{ data: { createComment: { id: number; crisisResources: unknown } } }>)
    expect(JSON.stringify(result.data.createComment.crisisResources)).toMatch(/988/)
    const calm = await fetch(`${server.baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': freshIp() },
      body: JSON.stringify({
        query: `mutation { createComment(data: { article: ${articleId}, authorName: "G", authorEmail: "g@example.com", body: "Lovely article." }) { id crisisResources { heading } } }`,
      }),
    }).then((r) => r.json() as Promise<{ data: { createComment: { crisisResources: { heading: null } } } }>)
    // Absent: the group has no heading (src/fields/readTimeGroups.ts).
    expect(calm.data.createComment.crisisResources.heading).toBeNull()
    expect(
      (await payload.findByID({ collection: 'comments', id: result.data.createComment.id })).crisisResources?.heading,
    ).toBeUndefined()
  })

  describe('moderation', () => {
    const patch = (id: number, body: unknown) =>
      fetch(`${server.baseUrl}/api/comments/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${moderatorToken}` },
        body: JSON.stringify(body),
      })

    it('needs a reason code to reject, records who decided, and publishes name and body only', async () => {
      const rejected = (await post(comment('Off topic rant'))).json.doc.id
      const noReason = await patch(rejected, { status: 'rejected' })
      expect(noReason.status).toBe(400)
      expect(JSON.stringify(await noReason.json())).toMatch(
        /Say why the comment is rejected.*"path":"moderationReason"/,
      )
      expect((await stored(rejected)).status).toBe('pending')
      expect((await patch(rejected, { status: 'rejected', moderationReason: 'off-topic' })).status).toBe(200)
      const moderator = await userWithRole(payload, 'moderator')
      expect(await stored(rejected)).toMatchObject({
        status: 'rejected',
        moderationReason: 'off-topic',
        moderatedBy: moderator.id,
      })

      const approved = (await post(comment('Approved thoughts'))).json.doc.id
      expect((await patch(approved, { status: 'approved' })).status).toBe(200)
      const publicDoc = await (await fetch(`${server.baseUrl}/api/comments/${approved}`)).json()
      expect(publicDoc).toMatchObject({ authorName: 'Reader', body: 'Approved thoughts' })
      for (const hidden of [
        'authorEmail',
        'status',
        'urgent',
        'riskTier',
        'holdReasons',
        'redactedBody',
        'moderatedBy',
        'moderationReason',
      ]) {
        expect(publicDoc, hidden).not.toHaveProperty(hidden)
      }
      const gql = await graphql(server.baseUrl, `{ Comment(id: ${approved}) { authorName body authorEmail riskTier } }`)
      expect(gql.data).toEqual({
        Comment: { authorName: 'Reader', body: 'Approved thoughts', authorEmail: null, riskTier: null },
      })
    })

    it("keeps the reader's words as written, lets a moderator mark a comment urgent, and records a crisis handled privately", async () => {
      const id = (await post(comment('The evening group was hard to find.'))).json.doc.id
      const edited = await patch(id, {
        body: 'Rewritten by a moderator',
        authorName: 'Someone else',
        authorEmail: 'other@example.com',
        urgent: true,
      })
      expect(edited.status).toBe(200)
      expect(await stored(id)).toMatchObject({
        body: 'The evening group was hard to find.',
        authorName: 'Reader',
        authorEmail: 'reader@example.com',
        urgent: true,
      })

      const crisis = (await post(comment('I do not want to be here anymore.'))).json.doc.id
      expect((await patch(crisis, { status: 'rejected', moderationReason: 'handled-privately' })).status).toBe(200)
      expect(await stored(crisis)).toMatchObject({ status: 'rejected', moderationReason: 'handled-privately' })
      const publicList = await (await fetch(`${server.baseUrl}/api/comments?limit=200`)).text()
      expect(publicList).not.toContain('do not want to be here')
    })

    it('refuses staff replies that confirm someone is a patient', async () => {
      const id = (await post(comment('Is the evening group good?'))).json.doc.id
      const bad = await patch(id, { staffReply: 'We remember you from your stay with us!' })
      expect(bad.status).toBe(400)
      expect(JSON.stringify(await bad.json())).toMatch(/would confirm that someone is or was a patient/)
      expect(
        (await patch(id, { staffReply: 'Thanks for asking. Our team can answer questions by phone.' })).status,
      ).toBe(200)
    })
  })
})
