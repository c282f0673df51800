/**
 * The role matrix of every collection, through the Local API with `overrideAccess: false` and a
 * real user of each role (or none, for the anonymous public).
 */
import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { ROLES, type Role } from '@/access/roles'

import { articleData, publishedFixture, richText } from '../helpers/lexical'
import { pngFile } from '../helpers/media'
import { getTestPayload } from '../helpers/payload'
import { userWithRole, type TestUser } from '../helpers/users'

type Actor = Role | 'anonymous'
const ACTORS: Actor[] = [...ROLES, 'anonymous']
const STAFF: Actor[] = [...ROLES]

type Rules = { read: Actor[]; create: Actor[]; update: Actor[]; delete: Actor[] }

const editorial: Rules = {
  read: STAFF, // a draft; the public only ever sees published documents
  create: ['admin', 'editor'],
  update: ['admin', 'editor', 'clinical-reviewer', 'compliance'],
  delete: ['admin'],
}

let counter = 0
const unique = () => `${Date.now().toString(36)}-${++counter}`

type Case = {
  collection: CollectionSlug
  rules: Rules
  drafts?: boolean
  data: (payload: Payload) => Promise<Record<string, unknown>> | Record<string, unknown>
  change: Record<string, unknown>
  file?: boolean
}

const cases: Case[] = [
  {
    collection: 'articles',
    rules: editorial,
    drafts: true,
    data: () => ({ title: `Article ${unique()}`, body: richText('Body') }),
    change: { title: 'Changed' },
  },
  {
    collection: 'faqs',
    rules: editorial,
    drafts: true,
    data: () => ({ question: `Question ${unique()}?`, answer: richText('Answer') }),
    change: { question: 'Changed?' },
  },
  {
    collection: 'testimonials',
    rules: editorial,
    drafts: true,
    data: () => ({ quote: 'It helped.', displayName: `Person ${unique()}` }),
    change: { quote: 'Changed' },
  },
  {
    collection: 'categories',
    rules: { read: ACTORS, create: ['admin', 'editor'], update: ['admin', 'editor'], delete: ['admin'] },
    data: () => ({ name: `Category ${unique()}` }),
    change: { description: 'Changed' },
  },
  {
    collection: 'media',
    rules: { read: ACTORS, create: ['admin', 'editor'], update: ['admin', 'editor'], delete: ['admin', 'editor'] },
    data: () => ({ alt: 'A blue rectangle' }),
    change: { alt: 'Changed' },
    file: true,
  },
  {
    collection: 'comments',
    // Anyone may post a comment (it arrives pending); only moderators see pending ones and decide.
    rules: {
      read: ['admin', 'moderator'],
      create: ACTORS,
      update: ['admin', 'moderator'],
      delete: ['admin', 'moderator'],
    },
    data: async (payload) => {
      const article = await payload.create({
        ...publishedFixture,
        collection: 'articles',
        data: { ...articleData(`Commented ${unique()}`), _status: 'published', workflowState: 'published' },
      })
      return {
        article: article.id,
        authorName: 'Reader',
        authorEmail: 'reader@example.com',
        body: 'Pending comment',
        status: 'pending',
      }
    },
    change: { status: 'approved' },
  },
  {
    collection: 'users',
    // Compliance sets the public profile (name, credentials) of any account; only admins do the rest.
    rules: { read: STAFF, create: ['admin'], update: ['admin', 'compliance'], delete: ['admin'] },
    data: () => ({
      email: `person-${unique()}@test.vetted`,
      password: 'a-password-1',
      name: 'Someone',
      roles: ['editor'],
    }),
    change: { name: 'Changed' },
  },
]

const outcome = async (operation: Promise<unknown>): Promise<'allowed' | 'denied'> => {
  try {
    await operation
    return 'allowed'
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404) return 'denied'
    throw error
  }
}

describe('access matrix (Local API, overrideAccess: false)', () => {
  let payload: Payload
  const users = {} as Record<Actor, TestUser | undefined>

  beforeAll(async () => {
    payload = await getTestPayload()
    for (const role of ROLES) users[role] = await userWithRole(payload, role)
    users.anonymous = undefined
  })

  const seedDoc = async (testCase: Case) => {
    const file = testCase.file ? await pngFile() : undefined
    return payload.create({
      collection: testCase.collection,
      data: await testCase.data(payload),
      draft: testCase.drafts,
      file,
    })
  }

  describe.each(cases)('$collection', (testCase) => {
    it.each(ACTORS)('create as %s', async (actor) => {
      const data = await testCase.data(payload)
      const file = testCase.file ? await pngFile() : undefined
      const result = await outcome(
        payload.create({
          collection: testCase.collection,
          data,
          draft: testCase.drafts,
          file,
          overrideAccess: false,
          user: users[actor],
        }),
      )
      expect(result).toBe(testCase.rules.create.includes(actor) ? 'allowed' : 'denied')
    })

    it.each(ACTORS)('read as %s', async (actor) => {
      const doc = await seedDoc(testCase)
      const result = await outcome(
        payload.findByID({
          collection: testCase.collection,
          id: doc.id,
          draft: testCase.drafts,
          overrideAccess: false,
          user: users[actor],
        }),
      )
      expect(result).toBe(testCase.rules.read.includes(actor) ? 'allowed' : 'denied')
    })

    it.each(ACTORS)('update as %s', async (actor) => {
      const doc = await seedDoc(testCase)
      const result = await outcome(
        payload.update({
          collection: testCase.collection,
          id: doc.id,
          data: testCase.change,
          draft: testCase.drafts,
          overrideAccess: false,
          user: users[actor],
        }),
      )
      expect(result).toBe(testCase.rules.update.includes(actor) ? 'allowed' : 'denied')
      const after = await payload.findByID({ collection: testCase.collection, id: doc.id, draft: testCase.drafts })
      const [field, value] = Object.entries(testCase.change)[0]
      expect((after as unknown as Record<string, unknown>)[field] === value).toBe(result === 'allowed')
    })

    it.each(ACTORS)('delete as %s', async (actor) => {
      const doc = await seedDoc(testCase)
      const result = await outcome(
        payload.delete({ collection: testCase.collection, id: doc.id, overrideAccess: false, user: users[actor] }),
      )
      expect(result).toBe(testCase.rules.delete.includes(actor) ? 'allowed' : 'denied')
      const remaining = await payload.count({ collection: testCase.collection, where: { id: { equals: doc.id } } })
      expect(remaining.totalDocs).toBe(result === 'allowed' ? 0 : 1)
    })
  })

  describe('users', () => {
    it('lets staff change their own profile but not their roles, name or credentials (set by compliance)', async () => {
      const editor = users.editor!
      const updated = await payload.update({
        collection: 'users',
        id: editor.id,
        data: { bio: 'Writes about sleep.', credentials: 'MA', name: 'Dr Editor', roles: ['admin'] },
        overrideAccess: false,
        user: editor,
      })
      expect(updated.bio).toBe('Writes about sleep.')
      expect(updated.credentials ?? null).toBe(editor.credentials ?? null)
      expect(updated.name).toBe(editor.name)
      expect(updated.roles).toEqual(['editor'])
    })

    it('leaves the roles of any account but the first alone', async () => {
      const later = await payload.create({
        collection: 'users',
        data: { email: `later-${unique()}@test.vetted`, password: 'a-password-1', name: 'Later', roles: ['moderator'] },
      })
      expect(later.roles).toEqual(['moderator'])
    })
  })

  describe('published content', () => {
    it.each(ACTORS)('is readable by %s', async (actor) => {
      const article = await payload.create({
        ...publishedFixture,
        collection: 'articles',
        data: { ...articleData(`Public ${unique()}`), _status: 'published', workflowState: 'published' },
      })
      const found = await payload.find({
        collection: 'articles',
        where: { id: { equals: article.id } },
        overrideAccess: false,
        user: users[actor],
      })
      expect(found.docs.map((doc) => doc.id)).toEqual([article.id])
    })
  })

  describe('comments', () => {
    it('never shows the author email to anyone but moderators and admins', async () => {
      const article = await payload.create({
        ...publishedFixture,
        collection: 'articles',
        data: { ...articleData(`With comment ${unique()}`), _status: 'published', workflowState: 'published' },
      })
      const comment = await payload.create({
        collection: 'comments',
        data: {
          article: article.id,
          authorName: 'Ana',
          authorEmail: 'ana@example.com',
          body: 'Thanks',
          status: 'approved',
        },
      })
      for (const actor of ACTORS) {
        const doc = await payload.findByID({
          collection: 'comments',
          id: comment.id,
          overrideAccess: false,
          user: users[actor],
        })
        expect(doc.body).toBe('Thanks')
        expect(doc.authorEmail, actor).toBe(['admin', 'moderator'].includes(actor) ? 'ana@example.com' : undefined)
      }
    })
  })
})
