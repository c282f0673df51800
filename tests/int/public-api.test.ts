/**
 * What an anonymous reader can see over real HTTP, through REST and GraphQL: published documents
 * only, never drafts, versions, unapproved comments, emails or users, whatever query tricks are used.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { articleData, publishedFixture, richText } from '../helpers/lexical'
import { pngFile } from '../helpers/media'
import { getTestPayload } from '../helpers/payload'
import { graphql, startTestServer, type TestServer } from '../helpers/server'
import { loginToken, userWithRole } from '../helpers/users'

type Editorial = {
  slug: 'articles' | 'faqs' | 'testimonials'
  gqlList: string
  gqlOne: string
  gqlVersions: string
  textField: 'title' | 'question' | 'quote'
  data: (text: string) => Record<string, unknown>
}

const EDITORIAL: Editorial[] = [
  {
    slug: 'articles',
    gqlList: 'Articles',
    gqlOne: 'Article',
    gqlVersions: 'versionsArticles',
    textField: 'title',
    data: (title) => articleData(title),
  },
  {
    slug: 'faqs',
    gqlList: 'Faqs',
    gqlOne: 'Faq',
    gqlVersions: 'versionsFaqs',
    textField: 'question',
    data: (question) => ({ question, answer: richText('Answer') }),
  },
  {
    slug: 'testimonials',
    gqlList: 'Testimonials',
    gqlOne: 'Testimonial',
    gqlVersions: 'versionsTestimonials',
    textField: 'quote',
    data: (quote) => ({ quote, displayName: 'A reader' }),
  },
]

type Fixture = { publishedId: number; draftOnlyId: number; published: string; secretEdit: string; draftOnly: string }

describe('public (anonymous) API', () => {
  let payload: Payload
  let server: TestServer
  let editorToken: string
  const fixtures = {} as Record<Editorial['slug'], Fixture>
  let approvedCommentId: number
  const SECRET_EMAIL = 'private.reader@example.com'

  const get = async (path: string, token?: string) => {
    const response = await fetch(`${server.baseUrl}${path}`, {
      headers: token ? { authorization: `JWT ${token}` } : {},
    })
    return { status: response.status, text: await response.text() }
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    server = await startTestServer()
    const editor = await userWithRole(payload, 'editor')
    editorToken = await loginToken(server.baseUrl, editor.email)

    for (const collection of EDITORIAL) {
      const tag = `${collection.slug}-${Date.now()}`
      const fixture: Fixture = {
        published: `Published ${tag}`,
        secretEdit: `Unreviewed edit ${tag}`,
        draftOnly: `Draft only ${tag}`,
        publishedId: 0,
        draftOnlyId: 0,
      }
      const live = await payload.create({
        ...publishedFixture,
        collection: collection.slug,
        data: { ...collection.data(fixture.published), _status: 'published', workflowState: 'published' } as never,
      })
      // An edit saved as a draft on top of the published version must stay invisible.
      await payload.update({
        collection: collection.slug,
        id: live.id,
        draft: true,
        data: { [collection.textField]: fixture.secretEdit },
      })
      const draft = await payload.create({
        collection: collection.slug,
        draft: true,
        data: { ...collection.data(fixture.draftOnly), _status: 'draft' },
      })
      fixture.publishedId = live.id
      fixture.draftOnlyId = draft.id
      fixtures[collection.slug] = fixture
    }

    const article = fixtures.articles.publishedId
    approvedCommentId = (
      await payload.create({
        collection: 'comments',
        data: { article, authorName: 'Visible', authorEmail: SECRET_EMAIL, body: 'Approved words', status: 'approved' },
      })
    ).id
    await payload.create({
      collection: 'comments',
      data: { article, authorName: 'Held', authorEmail: 'held@example.com', body: 'Pending words', status: 'pending' },
    })
    await payload.create({
      collection: 'comments',
      data: {
        article,
        authorName: 'Spammer',
        authorEmail: 'spam@example.com',
        body: 'Spam words',
        status: 'spam',
        moderationReason: 'spam',
      },
    })
    await payload.create({
      collection: 'categories',
      data: { name: `Public category ${Date.now()}`, slug: `public-category-${Date.now()}` },
    })
    await payload.create({ collection: 'media', data: { alt: 'Public image' }, file: await pngFile() })
  })

  afterAll(async () => {
    await server?.close()
  })

  describe.each(EDITORIAL)('$slug over REST', (collection) => {
    const leaks = (text: string, fixture: Fixture) =>
      text.includes(fixture.secretEdit) || text.includes(fixture.draftOnly)

    it('lists only the published version', async () => {
      const fixture = fixtures[collection.slug]
      for (const query of [
        'limit=100',
        'draft=true&limit=100',
        'where[_status][equals]=draft',
        'draft=true&where[_status][not_equals]=published',
      ]) {
        const { status, text } = await get(`/api/${collection.slug}?${query}`)
        expect(status, query).toBe(200)
        expect(leaks(text, fixture), query).toBe(false)
      }
      const { text } = await get(`/api/${collection.slug}?limit=100`)
      expect(text).toContain(fixture.published)
    })

    it('hides draft-only documents by id, with or without draft=true', async () => {
      const fixture = fixtures[collection.slug]
      for (const query of ['', '?draft=true']) {
        const { status, text } = await get(`/api/${collection.slug}/${fixture.draftOnlyId}${query}`)
        expect([403, 404], query).toContain(status)
        expect(leaks(text, fixture)).toBe(false)
      }
    })

    it('serves the published version, never the pending edit, by id', async () => {
      const fixture = fixtures[collection.slug]
      const plain = await get(`/api/${collection.slug}/${fixture.publishedId}`)
      expect(plain.status).toBe(200)
      expect(plain.text).toContain(fixture.published)
      const draft = await get(`/api/${collection.slug}/${fixture.publishedId}?draft=true`)
      expect(leaks(draft.text, fixture)).toBe(false)
    })

    it('refuses the versions endpoints', async () => {
      const fixture = fixtures[collection.slug]
      const list = await get(`/api/${collection.slug}/versions`)
      expect(list.status).toBe(403)
      const { docs } = await payload.findVersions({
        collection: collection.slug,
        where: { parent: { equals: fixture.publishedId } },
      })
      expect(docs.length).toBeGreaterThan(1)
      for (const version of docs) {
        const one = await get(`/api/${collection.slug}/versions/${version.id}`)
        expect([403, 404]).toContain(one.status)
        expect(leaks(one.text, fixture)).toBe(false)
      }
    })

    it('shows drafts to signed-in staff (the same queries can see them)', async () => {
      const fixture = fixtures[collection.slug]
      const { text } = await get(`/api/${collection.slug}?draft=true&limit=100`, editorToken)
      expect(text).toContain(fixture.draftOnly)
      expect(text).toContain(fixture.secretEdit)
    })
  })

  describe.each(EDITORIAL)('$slug over GraphQL', (collection) => {
    const field = (c: Editorial) => c.textField

    it('lists only the published version, draft argument or not', async () => {
      const fixture = fixtures[collection.slug]
      for (const args of [
        '(limit: 100)',
        '(draft: true, limit: 100)',
        '(where: { _status: { equals: draft } }, limit: 100)',
      ]) {
        const result = await graphql(
          server.baseUrl,
          `{ ${collection.gqlList}${args} { docs { id ${field(collection)} } } }`,
        )
        const text = JSON.stringify(result)
        expect(text, args).not.toContain(fixture.draftOnly)
        expect(text, args).not.toContain(fixture.secretEdit)
      }
      const result = await graphql(
        server.baseUrl,
        `{ ${collection.gqlList}(limit: 100) { docs { ${field(collection)} } } }`,
      )
      expect(JSON.stringify(result)).toContain(fixture.published)
    })

    it('hides draft-only documents and pending edits by id', async () => {
      const fixture = fixtures[collection.slug]
      const draftOnly = await graphql(
        server.baseUrl,
        `{ ${collection.gqlOne}(id: ${fixture.draftOnlyId}, draft: true) { ${field(collection)} } }`,
      )
      expect(draftOnly.data?.[collection.gqlOne] ?? null).toBeNull()
      const live = await graphql(
        server.baseUrl,
        `{ ${collection.gqlOne}(id: ${fixture.publishedId}, draft: true) { ${field(collection)} } }`,
      )
      expect(JSON.stringify(live)).not.toContain(fixture.secretEdit)
    })

    it('refuses versions', async () => {
      const result = await graphql(server.baseUrl, `{ ${collection.gqlVersions} { docs { id } } }`)
      expect(result.errors?.length).toBeGreaterThan(0)
      expect(result.data?.[collection.gqlVersions] ?? null).toBeNull()
    })

    it('shows drafts to signed-in staff', async () => {
      const fixture = fixtures[collection.slug]
      const result = await graphql(
        server.baseUrl,
        `{ ${collection.gqlList}(draft: true, limit: 100) { docs { ${field(collection)} } } }`,
        { token: editorToken },
      )
      expect(JSON.stringify(result)).toContain(fixture.draftOnly)
    })
  })

  describe('comments', () => {
    it('lists approved comments without emails over REST', async () => {
      const { status, text } = await get('/api/comments?limit=100')
      expect(status).toBe(200)
      expect(text).toContain('Approved words')
      expect(text).not.toContain('Pending words')
      expect(text).not.toContain('Spam words')
      expect(text).not.toContain('@example.com')
      expect(text).not.toContain('authorEmail')
    })

    it('cannot be probed for emails with where or sort', async () => {
      const probe = await get(`/api/comments?where[authorEmail][equals]=${encodeURIComponent(SECRET_EMAIL)}`)
      if (probe.status === 200) expect(JSON.parse(probe.text).totalDocs).toBe(0)
      else expect([400, 403]).toContain(probe.status)
      const pending = await get('/api/comments?where[status][equals]=pending')
      expect(pending.text).not.toContain('Pending words')
    })

    it('lists approved comments without emails over GraphQL', async () => {
      const result = await graphql(server.baseUrl, '{ Comments(limit: 100) { docs { id body authorEmail status } } }')
      const docs = (result.data as { Comments: { docs: { id: number; body: string; authorEmail: string | null }[] } })
        .Comments.docs
      expect(docs.map((doc) => doc.id)).toContain(approvedCommentId)
      expect(docs.every((doc) => doc.authorEmail === null)).toBe(true)
      expect(JSON.stringify(result)).not.toContain('Pending words')
    })

    it('shows emails to moderators', async () => {
      const moderator = await userWithRole(payload, 'moderator')
      const token = await loginToken(server.baseUrl, moderator.email)
      const { text } = await get('/api/comments?limit=100', token)
      expect(text).toContain(SECRET_EMAIL)
      expect(text).toContain('Pending words')
    })
  })

  describe('everything else', () => {
    it('keeps users private', async () => {
      expect((await get('/api/users')).status).toBe(403)
      const me = await get('/api/users/me')
      expect(JSON.parse(me.text).user).toBeNull()
      const result = await graphql(server.baseUrl, '{ Users { docs { email } } }')
      expect(result.errors?.length).toBeGreaterThan(0)
      expect(JSON.stringify(result.data ?? {})).not.toContain('@test.vetted')
    })

    it('serves categories and media', async () => {
      const categories = await get('/api/categories')
      expect(categories.status).toBe(200)
      expect(JSON.parse(categories.text).totalDocs).toBeGreaterThan(0)
      const media = await get('/api/media')
      expect(media.status).toBe(200)
      const doc = JSON.parse(media.text).docs[0]
      expect(doc.alt).toBeTruthy()
      expect(Object.keys(doc.sizes)).toEqual(expect.arrayContaining(['thumbnail', 'card', 'hero']))
    })

    it('refuses anonymous writes', async () => {
      const response = await fetch(`${server.baseUrl}/api/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Injected', body: richText('x'), _status: 'published' }),
      })
      expect(response.status).toBe(403)
      expect(await payload.count({ collection: 'articles', where: { title: { equals: 'Injected' } } })).toEqual({
        totalDocs: 0,
      })
    })
  })
})
