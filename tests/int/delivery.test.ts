/** What a frontend gets for an article by slug, anonymously, over REST and GraphQL. */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../helpers/lexical'
import { getTestPayload } from '../helpers/payload'
import { graphql, startTestServer, type TestServer } from '../helpers/server'
import { loginToken, userWithRole } from '../helpers/users'
import { recordsAbout, transitionAs, uniqueTitle } from '../helpers/workflow'

describe('article delivery', () => {
  let payload: Payload
  let server: TestServer
  let slug: string
  const words = Array.from({ length: 450 }, (_, i) => `word${i}`).join(' ')

  beforeAll(async () => {
    payload = await getTestPayload()
    server = await startTestServer()
    const editor = await payload.update({
      collection: 'users',
      id: (await userWithRole(payload, 'editor')).id,
      data: { credentials: 'MA' },
    })
    const reviewer = await userWithRole(payload, 'clinical-reviewer')
    await payload.update({ collection: 'users', id: reviewer.id, data: { credentials: 'PsyD, LCSW' } })
    const compliance = await userWithRole(payload, 'compliance')
    const title = uniqueTitle('Delivered')
    slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-')
    const doc = await payload.create({
      collection: 'articles',
      data: {
        title,
        slug,
        authors: [editor.id],
        body: richText('Research shows that structured support helps many people.', words),
      },
      draft: true,
      overrideAccess: false,
      user: { ...editor, collection: 'users' },
    })
    const [claim] = await recordsAbout(payload, 'claims', 'articles', doc.id)
    const source = await payload.create({
      collection: 'sources',
      data: {
        title: 'A clinical guideline',
        doi: '10.1000/xyz123',
        publisher: 'NICE',
        year: 2022,
        evidenceLevel: 'clinical-guideline',
      },
    })
    await payload.update({ collection: 'claims', id: claim.id, data: { status: 'approved', sources: [source.id] } })
    await transitionAs(
      payload,
      { ...editor, collection: 'users' },
      { collection: 'articles', id: doc.id, to: 'in_review' },
    )
    await transitionAs(
      payload,
      { ...reviewer, roles: ['clinical-reviewer'] },
      { collection: 'articles', id: doc.id, to: 'compliance_review' },
    )
    await transitionAs(payload, compliance, { collection: 'articles', id: doc.id, to: 'approved' })
    await transitionAs(payload, compliance, { collection: 'articles', id: doc.id, to: 'published' })
  })

  afterAll(async () => {
    await server?.close()
  })

  it('answers by slug over REST with byline, reviewer, sources, reading time and a plain excerpt', async () => {
    const response = await fetch(`${server.baseUrl}/api/articles?where[slug][equals]=${slug}&depth=1`)
    const { docs } = await response.json()
    expect(docs).toHaveLength(1)
    const [article] = docs
    expect(article.readingTimeMinutes).toBe(2)
    expect(article.plainExcerpt).toMatch(/^Research shows that structured support helps many people\./)
    expect(article.plainExcerpt.length).toBeLessThanOrEqual(201)
    expect(article.byline).toMatchObject({
      authors: [{ name: 'Test editor', credentials: 'MA' }],
      reviewer: {
        name: 'Test clinical-reviewer',
        credentials: 'PsyD, LCSW',
        reviewedAt: expect.any(String),
        nextReviewDue: expect.any(String),
      },
    })
    expect(article.sources).toEqual([
      {
        id: expect.stringMatching(/^\d+$/),
        title: 'A clinical guideline',
        url: null,
        doi: '10.1000/xyz123',
        publisher: 'NICE',
        year: 2022,
        evidenceLevel: 'clinical-guideline',
      },
    ])
    expect(JSON.stringify(article)).not.toMatch(/@test\.vetted|lastEditedBy|"compliance"/)
  })

  it('answers the same bytes to the same read (stable row ids, keys in field order), so ETags hold', async () => {
    const read = () =>
      fetch(`${server.baseUrl}/api/articles?where[slug][equals]=${slug}&depth=1&nocache=${Math.random()}`)
    // Several at once: computed fields finish in any order, the answers must not.
    const bodies = await Promise.all(Array.from({ length: 6 }, async () => (await read()).text()))
    expect(new Set(bodies).size).toBe(1)
  })

  it('ignores what a writer sends for the computed fields, over REST and GraphQL', async () => {
    const editor = await userWithRole(payload, 'editor')
    const token = await loginToken(server.baseUrl, editor.email)
    const forged = {
      byline: { reviewer: { name: 'Dr. Nobody', reviewedAt: '2020-01-01T00:00:00.000Z' } },
      sources: [{ title: 'A forged source' }],
      crisisResources: { heading: 'Call nobody' },
    }
    const created = await fetch(`${server.baseUrl}/api/articles?draft=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ title: uniqueTitle('Forged'), body: richText('Plain words.'), ...forged }),
    })
    expect(created.status).toBe(201)
    const { doc } = await created.json()
    expect(JSON.stringify(doc)).not.toMatch(/Dr\. Nobody|A forged source|Call nobody/)
    const mutation = await graphql(
      server.baseUrl,
      `mutation { updateArticle(id: ${doc.id}, draft: true, data: { sources: [{ title: "Forged again" }] }) { id sources { title } } }`,
      { token },
    )
    expect(mutation.errors).toBeUndefined()
    expect(JSON.stringify(mutation)).not.toMatch(/Forged again/)
  })

  it('answers the same over GraphQL', async () => {
    const result = await graphql(
      server.baseUrl,
      `{ Articles(where: { slug: { equals: "${slug}" } }) { docs { title readingTimeMinutes plainExcerpt byline { authors { name credentials } reviewer { name credentials reviewedAt } } sources { title doi evidenceLevel } jsonLd } } }`,
    )
    const [article] = (result.data as { Articles: { docs: Record<string, unknown>[] } }).Articles.docs
    expect(article).toMatchObject({
      readingTimeMinutes: 2,
      byline: {
        authors: [{ name: 'Test editor', credentials: 'MA' }],
        reviewer: { name: 'Test clinical-reviewer', credentials: 'PsyD, LCSW', reviewedAt: expect.any(String) },
      },
      sources: [{ title: 'A clinical guideline', doi: '10.1000/xyz123', evidenceLevel: 'clinical-guideline' }],
    })
    expect((article.jsonLd as { '@type': string })['@type']).toBe('MedicalWebPage')
  })

  it('counts the articles a reader can see per category, and gives crisis resources only with the block', async () => {
    const editor = await userWithRole(payload, 'editor')
    const category = await payload.create({
      collection: 'categories',
      data: {
        name: uniqueTitle('Counted'),
        slug: uniqueTitle('counted')
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-'),
      },
    })
    const live = await payload.create({
      collection: 'articles',
      data: {
        title: uniqueTitle('Live'),
        slug: `live-${Date.now()}`,
        categories: [category.id],
        body: {
          ...richText('If you are in crisis, help is here.'),
          root: {
            ...richText('x').root,
            children: [
              ...richText('If you are in crisis, help is here.').root.children,
              {
                type: 'block',
                version: 2,
                format: '',
                fields: { id: 'b1', blockName: '', blockType: 'crisisResources', variant: 'full' },
              },
            ],
          },
        } as never,
        _status: 'published',
        workflowState: 'published',
      },
      context: { workflowBypass: 'test set-up' },
    })
    await payload.create({
      collection: 'articles',
      data: {
        title: uniqueTitle('Draft'),
        slug: `draft-${Date.now()}`,
        categories: [category.id],
        body: richText('Unpublished.'),
      },
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    const publicCategory = await (await fetch(`${server.baseUrl}/api/categories/${category.id}`)).json()
    expect(publicCategory.articleCount).toBe(1)
    const article = await (await fetch(`${server.baseUrl}/api/articles/${live.id}`)).json()
    expect(JSON.stringify(article.crisisResources)).toMatch(/988/)
    const plain = await (await fetch(`${server.baseUrl}/api/articles?where[slug][equals]=${slug}`)).json()
    // Absent: the group has no heading (src/fields/readTimeGroups.ts).
    expect(plain.docs[0].crisisResources?.heading).toBeUndefined()
    expect(plain.docs[0].crisisResources?.resources ?? []).toEqual([])
  })

  it('answers an unknown slug with an empty list, not an error', async () => {
    const response = await fetch(`${server.baseUrl}/api/articles?where[slug][equals]=no-such-article`)
    expect(response.status).toBe(200)
    expect((await response.json()).docs).toEqual([])
  })

  describe('read-time fields are computed only when a GraphQL request names them', () => {
    /** Counts the calls of a read-time field's hook, in the server this test runs. */
    const countCalls = (fieldName: string) => {
      const field = payload.collections.articles.config.fields.find(
        (candidate) => 'name' in candidate && candidate.name === fieldName,
      ) as { hooks: { afterRead: ((...args: unknown[]) => unknown)[] } }
      const original = field.hooks.afterRead[0]
      const counter = { calls: 0, restore: () => (field.hooks.afterRead[0] = original) }
      field.hooks.afterRead[0] = (...args) => {
        counter.calls++
        return original(...args)
      }
      return counter
    }
    const post = (query: string, headers: Record<string, string> = {}) =>
      fetch(`${server.baseUrl}/api/graphql`, {
        method: 'POST',
        // A credential the cache does not serve, so that every request is computed.
        headers: { 'content-type': 'application/json', cookie: 'payload-token=none', ...headers },
        body: JSON.stringify({ query, variables: { slug } }),
      }).then((response) => response.json())

    it('skips them when the document does not name them, even when a client sends the header itself', async () => {
      const byline = countCalls('byline')
      const jsonLd = countCalls('jsonLd')
      try {
        const titleOnly = 'query T($slug: String) { Articles(where: { slug: { equals: $slug } }) { docs { title } } }'
        expect(await post(titleOnly)).toMatchObject({ data: { Articles: { docs: [{ title: expect.any(String) }] } } })
        expect(byline.calls).toBe(0)
        expect(jsonLd.calls).toBe(0)
        // A client naming fields in the header gets nothing for it: the guard sets it from the document.
        await post(titleOnly, { 'x-vetted-graphql-fields': '' })
        const restWithForgedHeader = await fetch(`${server.baseUrl}/api/articles?where[slug][equals]=${slug}`, {
          headers: { cookie: 'payload-token=none', 'x-vetted-graphql-fields': 'title' },
        })
        expect((await restWithForgedHeader.json()).docs[0].byline.authors).toHaveLength(1)
        expect(byline.calls).toBe(1)
      } finally {
        byline.restore()
        jsonLd.restore()
      }
    })

    it('computes the ones it names, right, from stored fields it does not name', async () => {
      const byline = countCalls('byline')
      try {
        const named = await post(
          'query R($slug: String) { Articles(where: { slug: { equals: $slug } }) { docs { readingTimeMinutes byline { authors { credentials } } } } }',
        )
        expect(named.data.Articles.docs[0]).toEqual({
          readingTimeMinutes: 2,
          byline: { authors: [{ credentials: 'MA' }] },
        })
        // Named inside a fragment counts too.
        const viaFragment = await post(
          'query F($slug: String) { Articles(where: { slug: { equals: $slug } }) { docs { ...Parts } } } fragment Parts on Article { plainExcerpt sources { doi } }',
        )
        expect(viaFragment.data.Articles.docs[0].sources).toEqual([{ doi: '10.1000/xyz123' }])
        expect(viaFragment.data.Articles.docs[0].plainExcerpt).toMatch(/^Research shows/)
        expect(byline.calls).toBe(1)
      } finally {
        byline.restore()
      }
    })
  })

  it('looks each author up once for a whole list of articles, not once per article', async () => {
    const [first] = (await payload.find({ collection: 'articles', where: { slug: { equals: slug } }, depth: 0 })).docs
    const authors = first.authors as number[]
    const prefix = uniqueTitle('Listed')
    for (let i = 0; i < 3; i++) {
      const doc = await payload.create({
        collection: 'articles',
        data: {
          title: `${prefix} ${i}`,
          slug: `${prefix}-${i}`.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
          authors,
          body: richText(words),
        },
        draft: true,
        context: { workflowBypass: 'test set-up' },
      })
      await payload.update({
        collection: 'articles',
        id: doc.id,
        data: { workflowState: 'published', _status: 'published' },
        context: { workflowBypass: 'test set-up' },
      })
    }
    let userLookups = 0
    const find = payload.find.bind(payload)
    payload.find = ((args: Parameters<Payload['find']>[0]) => {
      if (args.collection === 'users') userLookups++
      return find(args)
    }) as Payload['find']
    try {
      const response = await fetch(`${server.baseUrl}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: 'payload-token=none' },
        body: JSON.stringify({
          query:
            'query L($prefix: String) { Articles(where: { title: { like: $prefix } }) { docs { byline { authors { name credentials } } } } }',
          variables: { prefix },
        }),
      })
      const { docs } = (
        (await response.json()) as { data: { Articles: { docs: { byline: { authors: unknown[] } }[] } } }
      ).data.Articles
      expect(docs).toHaveLength(3)
      for (const doc of docs) expect(doc.byline.authors).toEqual([{ name: expect.any(String), credentials: 'MA' }])
      expect(userLookups).toBe(1)
    } finally {
      payload.find = find
    }
  })
})
