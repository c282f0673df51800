/**
 * The public cache and the site's page cache against the production build: whatever spelling of
 * credentials a client sends, nothing a staff member may read is ever served to an anonymous
 * reader; signed-in answers are `private, no-store`; public ones vary on credentials.
 * GraphQL queries are cached over GET and POST alike; GET runs queries only, however the document is written. Cookie-authenticated
 * writes from another site are refused.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload } from '../helpers/payload'
import { loginToken, userWithRole, type TestUser } from '../helpers/users'
import { createDraft, uniqueTitle } from '../helpers/workflow'
import { startTarget, type Target } from './helpers/target'

/** Ways of sending a staff token that Payload accepts or that a hand-written check might not. */
const credentialSpellings = (token: string): Record<string, string>[] => [
  { cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' },
  { cookie: `payload-token =${token}`, 'sec-fetch-site': 'same-origin' },
  { cookie: `theme=dark;payload-token=${token}`, 'sec-fetch-site': 'same-origin' },
  { cookie: `theme=dark;\tpayload-token=${token}`, 'sec-fetch-site': 'none' },
  { cookie: `  payload-token=${token}; theme=dark`, 'sec-fetch-site': 'same-site' },
  { authorization: `JWT ${token}` },
  { authorization: `Bearer ${token}` },
]

describe('public cache: staff answers never reach anonymous readers', () => {
  let payload: Payload
  let target: Target
  let editor: TestUser
  let token: string
  let draftTitle: string
  let draftSlug: string

  beforeAll(async () => {
    payload = await getTestPayload()
    target = await startTarget()
    editor = await userWithRole(payload, 'editor')
    token = await loginToken(target.baseUrl, editor.email)
    draftTitle = uniqueTitle('Unpublished cache probe')
    const draft = await createDraft(payload, 'articles', editor, draftTitle)
    draftSlug = String((draft as { slug?: string }).slug)
  }, 300_000)

  afterAll(async () => target?.stop())

  const anonymous = (path: string) => fetch(`${target.baseUrl}${path}`)

  it('REST and GraphQL over GET: every credential spelling is answered privately and poisons nothing', async () => {
    const graphql = `{ Articles(draft: true, where: { title: { equals: ${JSON.stringify(draftTitle)} } }) { docs { title } } }`
    const paths = [
      `/api/articles?draft=true&where[title][equals]=${encodeURIComponent(draftTitle)}`,
      `/api/users?limit=5`,
      `/api/graphql?query=${encodeURIComponent(graphql)}`,
    ]
    for (const path of paths) {
      for (const headers of credentialSpellings(token)) {
        const staff = await fetch(`${target.baseUrl}${path}`, { headers })
        expect(staff.headers.get('cache-control'), `${path} ${JSON.stringify(Object.keys(headers))}`).toBe(
          'private, no-store',
        )
        const body = await anonymous(path).then((response) => response.text())
        expect(body).not.toContain(draftTitle)
        expect(body).not.toContain(editor.email)
      }
    }
    // The spelling Payload reads as signed in did see the draft: the probe is real.
    const seen = await fetch(`${target.baseUrl}${paths[0]}`, { headers: credentialSpellings(token)[1] })
    expect(await seen.text()).toContain(draftTitle)
  })

  it('GraphQL over POST (cached when anonymous): every credential spelling is answered privately and poisons nothing', async () => {
    const body = JSON.stringify({
      query: `query Probe($title: String) { Articles(draft: true, where: { title: { equals: $title } }) { docs { title } } }`,
      variables: { title: draftTitle },
    })
    const post = (headers: Record<string, string> = {}) =>
      fetch(`${target.baseUrl}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      })
    for (const headers of credentialSpellings(token)) {
      const staff = await post(headers)
      expect(staff.headers.get('cache-control'), JSON.stringify(Object.keys(headers))).toBe('private, no-store')
      const anonymousAnswer = await (await post()).text()
      expect(anonymousAnswer).not.toContain(draftTitle)
    }
    expect(await (await post({ authorization: `JWT ${token}` })).text()).toContain(draftTitle)
  })

  it('public answers vary on credentials and may be kept by shared caches for a bounded time', async () => {
    const response = await anonymous('/api/categories?limit=1')
    expect(response.status).toBe(200)
    expect(response.headers.get('vary')).toMatch(/Authorization/)
    expect(response.headers.get('vary')).toMatch(/Cookie/)
    expect(response.headers.get('cache-control')).toMatch(/s-maxage=\d+/)
  })

  it("the site's pages never list or show a draft, whoever visited first", async () => {
    for (const headers of credentialSpellings(token)) {
      await fetch(`${target.baseUrl}/`, { headers })
      await fetch(`${target.baseUrl}/articles/${draftSlug}`, { headers })
    }
    expect(await anonymous('/').then((response) => response.text())).not.toContain(draftTitle)
    expect((await anonymous(`/articles/${draftSlug}`)).status).toBe(404)
  })
})

describe('GraphQL over GET runs queries only', () => {
  let target: Target
  let payload: Payload

  beforeAll(async () => {
    payload = await getTestPayload()
    target = await startTarget()
  }, 300_000)
  afterAll(async () => target?.stop())

  it('refuses a mutation however it is written, and creates nothing', async () => {
    const name = uniqueTitle('get-mutation')
    const create = `createCategory(data: { name: ${JSON.stringify(name)} }) { id }`
    const documents = [
      `mutation { ${create} }`,
      `# a comment first\nmutation { ${create} }`,
      `,mutation { ${create} }`,
      `\ufeffmutation M { ${create} }`,
      `query Q { __typename } mutation M { ${create} }`,
      `{ __typename } mutation { ${create} }`,
    ]
    for (const document of documents) {
      for (const operationName of [undefined, 'M']) {
        const params = new URLSearchParams({ query: document, ...(operationName ? { operationName } : {}) })
        const response = await fetch(`${target.baseUrl}/api/graphql?${params}`)
        expect(response.status, document).toBe(400)
        expect(await response.text()).toMatch(/POST|parse/)
      }
    }
    const { totalDocs } = await payload.count({ collection: 'categories', where: { name: { equals: name } } })
    expect(totalDocs).toBe(0)
  })
})

describe('cookie-authenticated writes from another site are refused', () => {
  let target: Target
  let payload: Payload

  beforeAll(async () => {
    payload = await getTestPayload()
    target = await startTarget()
  }, 300_000)
  afterAll(async () => target?.stop())

  it('a page elsewhere cannot create, update or run mutations with a staff cookie', async () => {
    const admin = await userWithRole(payload, 'admin')
    const token = await loginToken(target.baseUrl, admin.email)
    const name = uniqueTitle('csrf')
    const crossSite = {
      cookie: `payload-token=${token}`,
      origin: 'https://evil.example',
      'content-type': 'application/json',
    }
    const rest = await fetch(`${target.baseUrl}/api/categories`, {
      method: 'POST',
      headers: crossSite,
      body: JSON.stringify({ name }),
    })
    expect([401, 403]).toContain(rest.status)
    const graphql = await fetch(`${target.baseUrl}/api/graphql`, {
      method: 'POST',
      headers: crossSite,
      body: JSON.stringify({
        query: 'mutation ($data: mutationCategoryInput!) { createCategory(data: $data) { id } }',
        variables: { data: { name, slug: `csrf-${Date.now()}` } },
      }),
    })
    expect(JSON.stringify(await graphql.json())).toMatch(/not allowed|Unauthorized|Forbidden/i)
    // No Origin and a cross-site fetch: refused too.
    await fetch(`${target.baseUrl}/api/categories`, {
      method: 'POST',
      headers: { cookie: `payload-token=${token}`, 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' },
      body: JSON.stringify({ name }),
    })
    const { totalDocs } = await payload.count({ collection: 'categories', where: { name: { equals: name } } })
    expect(totalDocs).toBe(0)
  })
})
