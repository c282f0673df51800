/**
 * Malformed writes, generated from the config: bodies that are not JSON, broken `_payload` form
 * fields, JSON and GraphQL nested thousands deep, fragment cycles, each field of each collection
 * sent with the wrong JSON type or far too long. Every one answers 400 or 415 naming the problem,
 * never a 500, and nothing is stored.
 */
import type { FlattenedField, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload } from '../helpers/payload'
import { loginToken, userWithRole } from '../helpers/users'
import { uniqueTitle } from '../helpers/workflow'
import { collectionSlugs } from './helpers/fields'
import { startTarget, type Target } from './helpers/target'

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)
const nestedObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)

/** A value of the wrong JSON type for a field, or undefined where any JSON is fine. */
const wrongValue = (field: FlattenedField): unknown => {
  switch (field.type) {
    case 'number':
      return 'hasMany' in field && field.hasMany ? 'twelve' : 'twelve'
    case 'checkbox':
      return 'yes'
    case 'relationship':
    case 'upload':
      return { not: 'an id' }
    case 'array':
    case 'blocks':
      return 'not a list'
    case 'group':
      return 'not an object'
    case 'richText':
      return 'plain text is not a rich-text document'
    case 'json':
    case 'join':
      return undefined
    case 'point':
      return 'here'
    default:
      return { $gt: '' }
  }
}

describe('malformed writes answer 400/415 and store nothing', () => {
  let payload: Payload
  let target: Target
  let adminToken: string

  beforeAll(async () => {
    payload = await getTestPayload()
    target = await startTarget()
    const admin = await userWithRole(payload, 'admin')
    adminToken = await loginToken(target.baseUrl, admin.email)
  }, 300_000)
  afterAll(async () => target?.stop())

  const total = async () => {
    let sum = 0
    for (const slug of collectionSlugs(payload))
      sum += (await payload.count({ collection: slug as 'articles' })).totalDocs
    return sum
  }

  const send = (path: string, body: BodyInit, headers: Record<string, string>, method = 'POST') =>
    fetch(`${target.baseUrl}${path}`, { method, body, headers: { authorization: `JWT ${adminToken}`, ...headers } })

  const expectRefused = async (response: Response, label: string, statuses = [400, 415]) => {
    const text = await response.text()
    expect(statuses, `${label}: ${response.status} ${text.slice(0, 200)}`).toContain(response.status)
    expect(text, label).toMatch(/"message"\s*:\s*".{8,}/)
  }

  it('bodies that are not JSON, broken _payload fields and deep nesting, on every collection', async () => {
    const before = await total()
    for (const slug of collectionSlugs(payload)) {
      const path = `/api/${slug}`
      await expectRefused(await send(path, 'title=x', { 'content-type': 'text/plain' }), `${slug} text/plain`)
      await expectRefused(
        await send(path, 'title=x', { 'content-type': 'application/x-www-form-urlencoded' }),
        `${slug} urlencoded`,
      )
      await expectRefused(await send(path, '<title>x</title>', { 'content-type': 'application/xml' }), `${slug} xml`)
      await expectRefused(await send(path, '{"title": ', { 'content-type': 'application/json' }), `${slug} cut JSON`)
      await expectRefused(await send(path, nested(5000), { 'content-type': 'application/json' }), `${slug} deep JSON`)
      const form = new FormData()
      form.set('_payload', '{not json')
      await expectRefused(await send(path, form, {}), `${slug} broken _payload`)
      const deepForm = new FormData()
      deepForm.set('_payload', nestedObject(5000))
      await expectRefused(await send(path, deepForm, {}), `${slug} deep _payload`)
    }
    expect(await total()).toBe(before)
  })

  it('every field sent with the wrong JSON type or far too long, on create and update', async () => {
    const before = await total()
    const failures: string[] = []
    const article = await payload.find({ collection: 'categories', limit: 1 })
    for (const slug of collectionSlugs(payload)) {
      for (const field of payload.collections[slug as 'articles'].config.flattenedFields) {
        const values = [wrongValue(field)]
        if (field.type === 'text' || field.type === 'textarea') values.push('x'.repeat(1_000_001))
        for (const value of values) {
          if (value === undefined) continue
          const response = await send(`/api/${slug}`, JSON.stringify({ [field.name]: value }), {
            'content-type': 'application/json',
          })
          if (response.status >= 500) failures.push(`create ${slug}.${field.name}: ${response.status}`)
        }
      }
    }
    if (article.docs[0]) {
      for (const field of payload.collections.categories.config.flattenedFields) {
        const value = wrongValue(field)
        if (value === undefined) continue
        const response = await send(
          `/api/categories/${article.docs[0].id}`,
          JSON.stringify({ [field.name]: value }),
          { 'content-type': 'application/json' },
          'PATCH',
        )
        if (response.status >= 500 || response.status === 200)
          failures.push(`update categories.${field.name}: ${response.status}`)
      }
    }
    expect(failures).toEqual([])
    expect(await total()).toBe(before)
  })

  it('a slug sent as an object and a 1 MB title are refused with the field named', async () => {
    const response = await send('/api/categories', JSON.stringify({ name: 'x', slug: { $ne: '' } }), {
      'content-type': 'application/json',
    })
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(/slug/)
    const long = await send('/api/categories', JSON.stringify({ name: 'y'.repeat(1_000_000) }), {
      'content-type': 'application/json',
    })
    expect(long.status).toBe(400)
    expect(await long.text()).toMatch(/name/)
  })

  it('GraphQL: fragment cycles, deep documents and deep variables', async () => {
    const graphql = (body: unknown) =>
      fetch(`${target.baseUrl}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    const cycle =
      'query { Categories { ...A } } fragment A on Categories { docs { id } ...B } fragment B on Categories { ...A }'
    await expectRefused(await graphql({ query: cycle }), 'fragment cycle')
    await expectRefused(await graphql({ query: `{ ${'a { '.repeat(3000)}b${' }'.repeat(3000)} }` }), 'deep document')
    const deepVariables = `{"query":"query ($w: Category_where) { Categories(where: $w) { totalDocs } }","variables":{"w":${nestedObject(5000)}}}`
    const response = await fetch(`${target.baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: deepVariables,
    })
    await expectRefused(response, 'deep variables')
    const overGet = await fetch(
      `${target.baseUrl}/api/graphql?query=${encodeURIComponent(cycle)}&variables=${encodeURIComponent(nestedObject(200))}`,
    )
    await expectRefused(overGet, 'GET with deep variables')
    await expectRefused(
      await fetch(`${target.baseUrl}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: cycle,
      }),
      'GraphQL as text/plain',
    )
  })

  it("readers' comments with wrong-typed fields are refused, naming the field, and not stored", async () => {
    const article = (
      await payload.find({ collection: 'articles', where: { _status: { equals: 'published' } }, limit: 1 })
    ).docs[0]
    const base = { article: article?.id ?? 1, authorName: 'Reader', authorEmail: 'reader@example.com', body: 'Thanks.' }
    const cases: [string, Record<string, unknown>][] = [
      ['body', { body: { text: 'hi' } }],
      ['body', { body: ['hi'] }],
      ['body', { body: 42 }],
      ['authorEmail', { authorEmail: ['a@example.com'] }],
      ['authorName', { authorName: { first: 'A' } }],
    ]
    const before = (await payload.count({ collection: 'comments' })).totalDocs
    for (const [field, change] of cases) {
      const marker = uniqueTitle('typed')
      const response = await fetch(`${target.baseUrl}/api/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...base, authorName: marker, ...change }),
      })
      expect(response.status, JSON.stringify(change)).toBe(400)
      expect(await response.text()).toContain(field)
    }
    expect((await payload.count({ collection: 'comments' })).totalDocs).toBe(before)
  })
})
