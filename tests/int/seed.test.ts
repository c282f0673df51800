import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seedDemo } from '@/seed'
import { DEMO_ARTICLES } from '@/seed/demoContent'
import { DEMO_USERS } from '@/seed/demoUsers'

import { getTestPayload } from '../helpers/payload'

describe('demo seed', () => {
  let payload: Payload
  const password = 'demo-password-for-tests'

  beforeAll(async () => {
    payload = await getTestPayload()
  })

  it('creates the five demo users with their roles, and demo content, once', async () => {
    const first = await seedDemo(payload, { password })
    expect(first.createdContent).toBe(true)
    for (const demo of DEMO_USERS) {
      const { docs } = await payload.find({ collection: 'users', where: { email: { equals: demo.email } } })
      expect(docs, demo.email).toHaveLength(1)
      expect(docs[0].roles).toEqual(demo.roles)
    }
    const reviewer = await payload.find({ collection: 'users', where: { email: { equals: 'reviewer@demo.test' } } })
    expect(reviewer.docs[0].roles).toEqual(['clinical-reviewer'])

    const before = {
      users: (await payload.count({ collection: 'users' })).totalDocs,
      articles: (await payload.count({ collection: 'articles' })).totalDocs,
      comments: (await payload.count({ collection: 'comments' })).totalDocs,
    }
    const second = await seedDemo(payload, { password })
    expect(second).toEqual({ createdUsers: 0, createdContent: false })
    expect({
      users: (await payload.count({ collection: 'users' })).totalDocs,
      articles: (await payload.count({ collection: 'articles' })).totalDocs,
      comments: (await payload.count({ collection: 'comments' })).totalDocs,
    }).toEqual(before)
  })

  it('lets every demo user sign in with the demo password', async () => {
    for (const demo of DEMO_USERS) {
      const { user } = await payload.login({ collection: 'users', data: { email: demo.email, password } })
      expect(user?.email).toBe(demo.email)
    }
  })

  it('publishes some demo content and keeps the rest as drafts', async () => {
    const [published, draft] = DEMO_ARTICLES
    const visible = await payload.find({
      collection: 'articles',
      where: { slug: { in: [published.slug, draft.slug] } },
      overrideAccess: false,
    })
    expect(visible.docs.map((doc) => doc.slug)).toEqual([published.slug])
    expect(visible.docs[0]).toMatchObject({ workflowState: 'published', reviewerCredentials: 'PsyD, LCSW' })
    const events = await payload.find({
      collection: 'workflow-events',
      where: { 'document.value': { equals: visible.docs[0].id }, 'document.relationTo': { equals: 'articles' } },
    })
    expect(events.docs.map((event) => event.to).sort()).toEqual([
      'approved',
      'compliance_review',
      'in_review',
      'published',
    ])
    const comments = await payload.find({
      collection: 'comments',
      where: { article: { equals: visible.docs[0].id } },
      overrideAccess: false,
    })
    // The public sees approved comments only, with name and body.
    expect(comments.docs.map((doc) => [doc.authorName, doc.status])).toEqual([['Sam', undefined]])
  })
})
