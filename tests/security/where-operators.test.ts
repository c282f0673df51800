/**
 * Every `where` operator on every field of every collection (and a sort by each), anonymous and as
 * an admin, over REST: the answer is a 2xx, or a 4xx that says what is wrong, never a 500. Cases
 * come from the config.
 */
import type { Payload } from 'payload'
import { validOperators } from 'payload/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload } from '../helpers/payload'
import { loginToken, userWithRole } from '../helpers/users'
import { collectionSlugs, queryableFields } from './helpers/fields'
import { graphqlWhereCases, POLYGON } from './helpers/graphqlCases'
import { whereQuery } from './helpers/query'
import { eachLimited, startTarget, type Target } from './helpers/target'

/** A plausible value for each operator, and one of the wrong shape. */
const valuesFor = (operator: string): unknown[] => {
  switch (operator) {
    case 'near':
      return ['10,20,1000,0', 'x']
    case 'within':
    case 'intersects':
      return [POLYGON, 'x']
    case 'in':
    case 'not_in':
    case 'all':
      return ['1,2', ['x', 'y']]
    case 'exists':
      return ['true', 'maybe']
    default:
      return ['1', 'x']
  }
}

describe('where: every operator on every field answers 2xx or 4xx', () => {
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

  it('over REST, for anonymous readers and admins', async () => {
    const cases = collectionSlugs(payload).flatMap((slug) =>
      queryableFields(payload, slug).flatMap((field) =>
        validOperators.flatMap((operator) =>
          valuesFor(operator).map((value) => ({ slug, path: field.path, type: field.type, operator, value })),
        ),
      ),
    )
    const failures: string[] = []
    await eachLimited(cases, 6, async ({ slug, path, type, operator, value }) => {
      const query = `${whereQuery({ [path]: { [operator]: value } })}&limit=1&depth=0`
      for (const auth of [undefined, adminToken]) {
        const response = await fetch(`${target.baseUrl}/api/${slug}?${query}`, {
          headers: auth ? { authorization: `JWT ${auth}` } : {},
        })
        const text = await response.text()
        if (response.status >= 500 || (response.status >= 400 && !/"message"\s*:\s*"[^"]+/.test(text))) {
          failures.push(
            `${auth ? 'admin' : 'anonymous'} ${slug} ${path} (${type}) ${operator} ${JSON.stringify(value)}: ${response.status} ${text.slice(0, 160)}`,
          )
        }
      }
    })
    if (process.env.SECURITY_REPORT)
      (await import('fs')).writeFileSync(process.env.SECURITY_REPORT, failures.join('\n'))
    expect(cases.length).toBeGreaterThan(1000)
    expect(failures, failures.slice(0, 40).join('\n')).toEqual([])
  }, 600_000)

  it('sort by every field, both ways, over REST', async () => {
    const cases = collectionSlugs(payload).flatMap((slug) =>
      queryableFields(payload, slug).flatMap((field) => [field.path, `-${field.path}`].map((sort) => ({ slug, sort }))),
    )
    const failures: string[] = []
    await eachLimited(cases, 6, async ({ slug, sort }) => {
      for (const auth of [undefined, adminToken]) {
        const response = await fetch(`${target.baseUrl}/api/${slug}?sort=${encodeURIComponent(sort)}&limit=2&depth=0`, {
          headers: auth ? { authorization: `JWT ${auth}` } : {},
        })
        const text = await response.text()
        if (response.status >= 500 || (response.status >= 400 && !/"message"\s*:\s*"[^"]+/.test(text)))
          failures.push(
            `${auth ? 'admin' : 'anonymous'} ${slug} sort=${sort}: ${response.status} ${text.slice(0, 160)}`,
          )
      }
    })
    expect(cases.length).toBeGreaterThan(200)
    expect(failures, failures.slice(0, 40).join('\n')).toEqual([])
  }, 600_000)

  it('over GraphQL, for every where input the schema offers', async () => {
    const cases = graphqlWhereCases(payload)
    const failures: string[] = []
    await eachLimited(cases, 6, async ({ query, field, operator, whereType, value }) => {
      const document = `query ($where: ${whereType}) { ${query}(where: $where, limit: 1) { totalDocs } }`
      for (const auth of [undefined, adminToken]) {
        const response = await fetch(`${target.baseUrl}/api/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(auth ? { authorization: `JWT ${auth}` } : {}) },
          body: JSON.stringify({ query: document, variables: { where: { [field]: { [operator]: value } } } }),
        })
        const text = await response.text()
        if (response.status >= 500 || /Something went wrong|"statusCode":5\d\d/.test(text)) {
          failures.push(
            `${auth ? 'admin' : 'anonymous'} ${query} ${field} ${operator} ${JSON.stringify(value)}: ${response.status} ${text.slice(0, 200)}`,
          )
        }
      }
    })
    if (process.env.SECURITY_REPORT)
      (await import('fs')).writeFileSync(`${process.env.SECURITY_REPORT}.graphql`, failures.join('\n'))
    expect(cases.length).toBeGreaterThan(500)
    expect(failures, failures.slice(0, 40).join('\n')).toEqual([])
  }, 600_000)
})
