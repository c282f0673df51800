/**
 * Against the production build: sign-in throttling that does not tell which accounts exist;
 * comment rate limits that a client cannot dodge with X-Forwarded-For and that live in PostgreSQL;
 * public profile fields that only admins and compliance change, with a record of each change;
 * a deleted document's claims and accepted findings going with it.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { clearRateLimit } from '@/lib/rateLimit'

import { articleData } from '../helpers/lexical'
import { getTestPayload } from '../helpers/payload'
import { loginToken, TEST_PASSWORD, userWithRole } from '../helpers/users'
import { forceState, recordsAbout, uniqueTitle } from '../helpers/workflow'
import { startTarget, type Target } from './helpers/target'

describe('accounts, rate limits and records', () => {
  let payload: Payload
  let target: Target

  beforeAll(async () => {
    payload = await getTestPayload()
    target = await startTarget()
  }, 300_000)
  afterAll(async () => target?.stop())

  const login = (email: string, password: string, headers: Record<string, string> = {}) =>
    fetch(`${target.baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ email, password }),
    }).then(async (response) => ({
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      message: ((await response.json()) as { errors?: { message: string }[] }).errors?.[0]?.message,
    }))

  it('sign-in: unknown accounts and wrong passwords answer alike, then both are throttled alike; no lock', async () => {
    const known = await userWithRole(payload, 'editor', `throttle-${Date.now()}@test.vetted`)
    const unknown = `nobody-${Date.now()}@test.vetted`
    const first = [await login(known.email, 'wrong-password'), await login(unknown, 'wrong-password')]
    expect({ ...first[0], retryAfter: undefined }).toEqual({ ...first[1], retryAfter: undefined })
    expect(first[0].status).toBe(401)

    const answers: Record<string, { status: number; message?: string }[]> = { known: [], unknown: [] }
    for (let attempt = 0; attempt < 10; attempt++) {
      answers.known.push(await login(known.email, 'wrong-password'))
      answers.unknown.push(await login(unknown, 'wrong-password'))
    }
    const lastKnown = answers.known.at(-1)!
    const lastUnknown = answers.unknown.at(-1)!
    expect(lastKnown.status).toBe(429)
    expect({ ...lastKnown, retryAfter: undefined }).toEqual({ ...lastUnknown, retryAfter: undefined })
    expect(lastKnown.message).toMatch(/Too many sign-in attempts/)
    expect(Number((await login(known.email, TEST_PASSWORD)).retryAfter)).toBeGreaterThan(0)
    expect(JSON.stringify(answers)).not.toMatch(/locked/i)

    // Another account from the same address is not affected.
    const other = await userWithRole(payload, 'editor', `throttle-other-${Date.now()}@test.vetted`)
    expect((await login(other.email, TEST_PASSWORD)).status).toBe(200)
  })

  it('comments: a client cannot pick its rate-limit bucket with X-Forwarded-For; the count is in PostgreSQL', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: articleData(uniqueTitle('Rate limited')) as never,
      draft: true,
    })
    await forceState(payload, 'articles', article.id, 'published')
    const bucket = 'comment:127.0.0.1'
    await clearRateLimit(payload, bucket)
    const statuses: number[] = []
    for (let index = 0; index < 6; index++) {
      const response = await fetch(`${target.baseUrl}/api/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${index + 1}` },
        body: JSON.stringify({
          article: article.id,
          authorName: 'Reader',
          authorEmail: 'reader@example.com',
          body: `Thank you for this, part ${index}.`,
        }),
      })
      statuses.push(response.status)
      if (response.status === 429) expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
    }
    if (process.env.SECURITY_TARGET !== 'api') {
      expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
      const { rows } = await (
        payload.db as unknown as {
          pool: { query: (sql: string, values: unknown[]) => Promise<{ rows: { hits: number }[] }> }
        }
      ).pool.query('SELECT hits FROM vetted_rate_limits WHERE bucket = $1', [bucket])
      expect(rows[0].hits).toBe(6)
    }
    await clearRateLimit(payload, bucket)
  })

  it('public profile: an editor cannot change their own name or credentials; compliance can, and it is recorded', async () => {
    const editor = await userWithRole(payload, 'editor', `byline-${Date.now()}@test.vetted`)
    const compliance = await userWithRole(payload, 'compliance')
    const patch = async (token: string, data: Record<string, unknown>) =>
      fetch(`${target.baseUrl}/api/users/${editor.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify(data),
      })
    const editorToken = await loginToken(target.baseUrl, editor.email)
    await patch(editorToken, { credentials: 'MD', name: 'Dr Editor', bio: 'Writes about sleep.' })
    let stored = await payload.findByID({ collection: 'users', id: editor.id, depth: 0 })
    expect(stored.credentials ?? null).toBeNull()
    expect(stored.name).toBe(editor.name)
    expect(stored.bio).toBe('Writes about sleep.')

    const complianceToken = await loginToken(target.baseUrl, compliance.email)
    for (const takeover of [{ password: 'taken-over-123' }, { email: 'attacker@example.com' }, { roles: ['admin'] }])
      expect((await patch(complianceToken, { credentials: 'PhD', ...takeover })).status).toBe(403)
    expect((await patch(complianceToken, { credentials: 'LCSW' })).status).toBe(200)
    stored = await payload.findByID({ collection: 'users', id: editor.id, depth: 0 })
    expect(stored.credentials).toBe('LCSW')
    expect(stored.profileChanges?.map(({ field, from, to, changedBy }) => ({ field, from, to, changedBy }))).toEqual([
      { field: 'credentials', from: null, to: 'LCSW', changedBy: compliance.id },
    ])
  })

  it('deleting a document deletes its claims and accepted findings', async () => {
    const admin = await userWithRole(payload, 'admin')
    const compliance = await userWithRole(payload, 'compliance')
    const article = await payload.create({
      collection: 'articles',
      data: articleData(
        uniqueTitle('Doomed'),
        'Our program cuts relapse by 60% in the first year. He committed suicide in 2019.',
      ) as never,
      draft: true,
    })
    expect((await recordsAbout(payload, 'claims', 'articles', article.id)).length).toBeGreaterThan(0)
    await payload.create({
      collection: 'finding-acceptances',
      data: {
        document: { relationTo: 'articles', value: article.id },
        rule: 'safe-messaging/committed-suicide',
        text: 'committed suicide',
        reason: 'A direct quotation from a court record.',
      },
      overrideAccess: false,
      user: compliance,
    })
    const token = await loginToken(target.baseUrl, admin.email)
    const response = await fetch(`${target.baseUrl}/api/articles/${article.id}`, {
      method: 'DELETE',
      headers: { authorization: `JWT ${token}` },
    })
    expect(response.status).toBe(200)
    expect(await recordsAbout(payload, 'claims', 'articles', article.id)).toEqual([])
    const acceptances = await payload.find({
      collection: 'finding-acceptances',
      where: { 'document.value': { equals: article.id } },
    })
    expect(acceptances.docs).toEqual([])
  })
})
