/**
 * Nothing unpublished or private reaches an anonymous reader, by any request: every collection
 * (from the config) over REST with draft, version, select, sort, where, depth, populate, trash and
 * count tricks; every query of the GraphQL schema with draft and every selectable field, aliased
 * twice; the site's pages and feeds. Private text is planted with markers, and no answer may
 * contain one.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { articleData } from '../helpers/lexical'
import { getTestPayload } from '../helpers/payload'
import { loginToken, userWithRole } from '../helpers/users'
import { forceState, recordsAbout } from '../helpers/workflow'
import { collectionSlugs } from './helpers/fields'
import { graphqlReadQueries } from './helpers/graphqlCases'
import { eachLimited, startTarget, type Target } from './helpers/target'

const MARK = `leakmark${Date.now().toString(36)}`
const marker = (what: string) => `${MARK}${what}`

describe('read leaks: anonymous readers see published, approved content only', () => {
  let payload: Payload
  let target: Target
  const ids: number[] = []
  const slugs: string[] = []

  beforeAll(async () => {
    payload = await getTestPayload()
    target = await startTarget()
    const editor = await userWithRole(payload, 'editor', `${marker('staffemail')}@test.vetted`)

    const draft = await payload.create({
      collection: 'articles',
      data: { ...articleData(marker('drafttitle'), `${marker('draftbody')} cuts relapse by 40%.`) } as never,
      draft: true,
      user: editor,
    })
    const live = await payload.create({
      collection: 'articles',
      data: articleData(`Live article ${MARK.slice(-4)}`, 'Sessions meet three evenings a week.') as never,
      draft: true,
    })
    await forceState(payload, 'articles', live.id, 'published')
    await payload.update({
      collection: 'articles',
      id: live.id,
      draft: true,
      data: articleData(marker('pendingtitle'), `${marker('pendingbody')} helps 9 in 10 clients.`) as never,
    })
    const faq = await payload.create({
      collection: 'faqs',
      data: { question: marker('draftquestion'), answer: articleData('x', 'y').body } as never,
      draft: true,
    })
    const testimonial = await payload.create({
      collection: 'testimonials',
      data: { quote: 'The groups helped.', displayName: 'A participant', consent: { scope: marker('consentscope') } },
      draft: true,
    })
    await forceState(payload, 'testimonials', testimonial.id, 'published')
    const pending = await payload.create({
      collection: 'comments',
      data: {
        article: live.id,
        authorName: 'Reader',
        authorEmail: `${marker('pendingemail')}@example.com`,
        body: `${marker('pendingcomment')} thanks`,
        status: 'pending',
      },
    })
    const approved = await payload.create({
      collection: 'comments',
      data: {
        article: live.id,
        authorName: 'Reader',
        authorEmail: `${marker('approvedemail')}@example.com`,
        body: 'Thank you for this.',
        status: 'pending',
      },
    })
    await payload.update({ collection: 'comments', id: approved.id, data: { status: 'approved' } })
    for (const claim of await recordsAbout(payload, 'claims', 'articles', draft.id))
      await payload.update({ collection: 'claims', id: claim.id, data: { note: marker('claimnote') } })
    ids.push(draft.id, live.id, faq.id, testimonial.id, pending.id, approved.id, editor.id)
    slugs.push(String((draft as { slug?: string }).slug), String((live as { slug?: string }).slug))
  }, 300_000)

  afterAll(async () => target?.stop())

  const leaksIn = async (label: string, response: Response, found: string[]) => {
    // What the request itself carried (a slug in the path) may be echoed back; that is no leak.
    let text = await response.text()
    for (const sent of label.split(/[/?&=]/).filter((part) => part.length > 8)) text = text.split(sent).join('')
    if (response.status >= 500) found.push(`${label}: ${response.status}`)
    const match = text.match(new RegExp(`${MARK}\\w+`))
    if (match) found.push(`${label}: ${match[0].replace(MARK, '')}`)
  }

  it('over REST, every collection with every trick', async () => {
    const tricks = [
      '',
      '?draft=true',
      '?draft=true&where[_status][equals]=draft',
      '?where[_status][not_equals]=published',
      '?draft=true&sort=-updatedAt&limit=100',
      '?depth=10&draft=true',
      '?select[title]=true&select[body]=true&select[authorEmail]=true&select[note]=true&draft=true',
      '?populate[users][email]=true&depth=3',
      '?trash=true&draft=true',
      '?pagination=false&limit=0&draft=true',
      '?locale=*&draft=true',
      '/count?draft=true',
      '/versions',
      '/versions?draft=true&depth=3',
      ...ids.flatMap((id) => [`/${id}`, `/${id}?draft=true&depth=5`, `/versions/${id}`]),
    ]
    const requests = collectionSlugs(payload).flatMap((slug) => tricks.map((trick) => `/api/${slug}${trick}`))
    requests.push('/api/globals/crisis-resources?draft=true', '/api/globals/crisis-resources/versions')
    const found: string[] = []
    await eachLimited(requests, 6, async (path) => leaksIn(path, await fetch(`${target.baseUrl}${path}`), found))
    // Credentials of any spelling never turn a leak into a cached public answer either (public-cache test).
    expect(requests.length).toBeGreaterThan(300)
    expect(found).toEqual([])
  }, 300_000)

  it('over GraphQL, every query the schema offers, with drafts and every field, twice under aliases', async () => {
    const queries = graphqlReadQueries(payload, ids)
    const found: string[] = []
    await eachLimited(queries, 6, async ({ name, document }) => {
      const aliased = document.replace(/^\{ q: (.*) \}$/, '{ a: $1 b: $1 }')
      for (const query of [document, aliased]) {
        const post = await fetch(`${target.baseUrl}/api/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        })
        await leaksIn(`POST ${name}`, post, found)
        await leaksIn(
          `GET ${name}`,
          await fetch(`${target.baseUrl}/api/graphql?query=${encodeURIComponent(query)}`),
          found,
        )
      }
    })
    expect(queries.length).toBeGreaterThan(30)
    expect(found).toEqual([])
  }, 300_000)

  it('the markers are really there: staff requests do see them (the probe can fail)', async () => {
    const admin = await userWithRole(payload, 'admin')
    const token = await loginToken(target.baseUrl, admin.email)
    const headers = { authorization: `JWT ${token}` }
    const rest = await fetch(`${target.baseUrl}/api/articles?draft=true&limit=100&sort=-updatedAt`, { headers })
    expect(await rest.text()).toContain(marker('pendingtitle'))
    const comments = await fetch(`${target.baseUrl}/api/comments?limit=100&sort=-createdAt`, { headers })
    expect(await comments.text()).toContain(marker('pendingemail'))
    const [gql] = graphqlReadQueries(payload, ids).filter(({ name }) => name === 'Claims')
    const answer = await fetch(`${target.baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: gql.document }),
    })
    expect(await answer.text()).toContain(marker('claimnote'))
  })

  it("each staff role: readers' emails reach moderators (and admins) only", async () => {
    const emailMarkers = [marker('pendingemail'), marker('approvedemail')]
    for (const role of ['editor', 'clinical-reviewer', 'compliance', 'moderator'] as const) {
      const user = await userWithRole(payload, role)
      const token = await loginToken(target.baseUrl, user.email)
      const headers = { authorization: `JWT ${token}` }
      const rest = await (await fetch(`${target.baseUrl}/api/comments?limit=200&depth=2`, { headers })).text()
      const gql = await (
        await fetch(`${target.baseUrl}/api/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query: '{ Comments(limit: 200) { docs { authorEmail body } } }' }),
        })
      ).text()
      const sees = emailMarkers.some((email) => rest.includes(email) || gql.includes(email))
      expect(sees, role).toBe(role === 'moderator')
    }
  })

  it("on the site's pages and feeds", async () => {
    if (process.env.SECURITY_TARGET === 'api') return
    const pages = [
      '/',
      '/articles',
      '/faq',
      '/sitemap.xml',
      '/robots.txt',
      ...slugs.map((slug) => `/articles/${slug}`),
      ...ids.map((id) => `/preview/articles/${id}`),
      ...ids.map((id) => `/preview/faqs/${id}`),
    ]
    const found: string[] = []
    for (const page of pages) await leaksIn(page, await fetch(`${target.baseUrl}${page}`), found)
    expect(found).toEqual([])
  })
})
