/** Malformed requests answer 4xx with a message naming the problem, never 500. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload } from '../helpers/payload'
import { startTestServer, type TestServer } from '../helpers/server'

describe('bad input', () => {
  let server: TestServer

  beforeAll(async () => {
    await getTestPayload()
    server = await startTestServer()
  })

  afterAll(async () => {
    await server?.close()
  })

  it.each([
    ['/api/articles?limit=1&limit=2', 400, /"limit" was given 2 times/],
    ['/api/articles?limit=a', 400, /"limit" must be a whole number/],
    ['/api/articles?limit=100000', 400, /"limit" must be a whole number from 0 to 1000/],
    ['/api/articles?page=-1', 400, /"page" must be a whole number/],
    ['/api/articles?page=abc', 400, /"page"/],
    ['/api/articles?depth=abc', 400, /"depth"/],
    ['/api/articles/abc', 400, /wrong type/],
    ['/api/articles?where[id][in]=a,b', 400, /wrong type/],
    ['/api/articles?where[foo][equals]=1', 400, /cannot be queried: foo/],
    ['/api/articles/99999', 404, /Not Found/],
    ['/api/no-such-collection', 404, /not found/i],
  ])('GET %s → %i', async (path, status, message) => {
    const response = await fetch(`${server.baseUrl}${path}`)
    expect(response.status).toBe(status)
    expect((await response.text()).replace(/\\"/g, '"')).toMatch(message)
  })

  it.each([
    ['{bad', /not valid JSON/],
    ['"just a string"', /JSON object/],
  ])('POST /api/graphql with %s → 400', async (body, message) => {
    const response = await fetch(`${server.baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    })
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(message)
  })

  it('refuses GraphQL queries nested deeper than 8 levels, and accepts ordinary ones', async () => {
    const deep =
      '{ Articles { docs { relatedFaqs { categories { parent { parent { parent { parent { parent { name } } } } } } } } } }'
    const refused = await fetch(`${server.baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: deep }),
    })
    expect(JSON.stringify(await refused.json())).toMatch(/nested 10 levels deep; the limit is 8/)
    const ordinary = await fetch(`${server.baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Articles { docs { title categories { name parent { name } } } } }' }),
    })
    expect(((await ordinary.json()) as { errors?: unknown }).errors).toBeUndefined()
  })

  it('reports GraphQL argument type errors without a server error', async () => {
    const response = await fetch(`${server.baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Article(id: "abc") { id } }' }),
    })
    expect(response.status).toBeLessThan(500)
    expect(JSON.stringify(await response.json())).toMatch(/invalid value/)
  })
})
