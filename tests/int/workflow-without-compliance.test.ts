/**
 * The editorial workflow is a plugin of its own: Vetted's config without the compliance plugin
 * still builds and serves the workflow, and another Payload project (here a bare one with `posts`
 * and `people`) gets the whole workflow from one plugin call, on a real PostgreSQL.
 */
import { configToSchema } from '@payloadcms/graphql'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { buildConfig, createLocalReq, getPayload, type CollectionSlug, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isStaffUser } from '@/access/roles'
import { WORKFLOW_COLLECTIONS } from '@/plugins'
import { editorialWorkflow, transitionDocument, type TransitionInput } from '@/plugins/editorial-workflow'

import { buildVettedConfig } from '../../payload.config'

describe("Vetted's config without the compliance plugin", () => {
  it('builds, with the workflow and its GraphQL mutation but no compliance collections', async () => {
    const config = await buildVettedConfig([
      editorialWorkflow({ collections: [...WORKFLOW_COLLECTIONS], isStaff: isStaffUser }),
    ])
    const slugs = config.collections.map((collection) => collection.slug)
    expect(slugs).toEqual(expect.arrayContaining(['articles', 'faqs', 'testimonials', 'workflow-events']))
    expect(slugs).not.toContain('claims')
    expect(slugs).not.toContain('sources')
    const articles = config.collections.find((collection) => collection.slug === 'articles')!
    expect(articles.fields.map((field) => ('name' in field ? field.name : ''))).toContain('workflowState')
    expect(articles.fields.map((field) => ('name' in field ? field.name : ''))).not.toContain('compliance')
    const { schema } = configToSchema(config)
    expect(Object.keys(schema.getMutationType()!.getFields())).toContain('workflowTransition')
    expect(Object.keys(schema.getTypeMap())).toContain('WorkflowEvent')
    expect(Object.keys(schema.getTypeMap())).not.toContain('Claim')
  })
})

const ROLES = ['editor', 'clinical-reviewer', 'compliance'] as const
type LocalDoc = Record<string, unknown> & { id: number }
/** The bare project's collections are not in Vetted's generated types: the Local API is used untyped here. */
type UntypedLocal = {
  create: (args: Record<string, unknown>) => Promise<LocalDoc>
  find: (args: Record<string, unknown>) => Promise<{ docs: LocalDoc[] }>
  findByID: (args: Record<string, unknown>) => Promise<LocalDoc>
  update: (args: Record<string, unknown>) => Promise<LocalDoc>
}

describe('the editorial workflow installed in another Payload project', () => {
  let payload: Payload
  let local: UntypedLocal
  const people: Record<string, LocalDoc> = {}

  beforeAll(async () => {
    const config = buildConfig({
      secret: 'workflow-only-test-secret',
      telemetry: false,
      admin: { user: 'people' },
      db: postgresAdapter({
        pool: { connectionString: process.env.DATABASE_URL },
        // Its own schema in the test database, created from this config.
        schemaName: 'workflow_only',
        push: true,
      }),
      collections: [
        {
          slug: 'people',
          auth: true,
          fields: [
            { name: 'name', type: 'text' },
            { name: 'roles', type: 'select', hasMany: true, options: [...ROLES] },
          ],
        },
        {
          slug: 'posts',
          versions: { drafts: true },
          access: { read: () => true, create: ({ req }) => Boolean(req.user), update: ({ req }) => Boolean(req.user) },
          fields: [{ name: 'title', type: 'text', required: true }],
        },
      ],
      plugins: [editorialWorkflow({ collections: ['posts' as CollectionSlug], notify: false })],
    })
    payload = await getPayload({ config, key: 'workflow-only', cron: false })
    local = payload as unknown as UntypedLocal
    for (const role of ROLES)
      people[role] = await local.create({
        collection: 'people',
        data: { email: `${role}@workflow-only.test`, password: 'workflow-only-pass', name: role, roles: [role] },
      })
  }, 180_000)

  afterAll(async () => {
    await payload?.db.destroy?.()
  })

  const as = (role: (typeof ROLES)[number]) =>
    createLocalReq(
      { user: { ...people[role], collection: 'people' } as unknown as Parameters<typeof createLocalReq>[0]['user'] },
      payload,
    )
  const move = async (role: (typeof ROLES)[number], input: Omit<TransitionInput, 'collection'>) =>
    transitionDocument(await as(role), { collection: 'posts', ...input })

  it('takes a post from draft to published through review, with an audit event per step', async () => {
    const editor = await as('editor')
    const post = await local.create({
      collection: 'posts',
      data: { title: 'A post under review' },
      draft: true,
      req: editor,
      user: editor.user,
      overrideAccess: false,
    })
    expect(post.workflowState).toBe('draft')

    await move('editor', { id: post.id, to: 'in_review' })
    await move('clinical-reviewer', { id: post.id, to: 'compliance_review', comment: 'Clinically accurate.' })
    await move('compliance', { id: post.id, to: 'approved' })
    const published = await move('compliance', { id: post.id, to: 'published' })
    expect(published).toMatchObject({ state: 'published', status: 'published' })

    const live = await local.findByID({ collection: 'posts', id: post.id, depth: 0 })
    expect(live).toMatchObject({
      _status: 'published',
      workflowState: 'published',
      reviewedBy: people['clinical-reviewer'].id,
    })
    const { docs: events } = await local.find({
      collection: 'workflow-events',
      where: { 'document.value': { equals: post.id } },
      sort: 'createdAt',
      depth: 0,
    })
    expect(events.map((event) => event.to)).toEqual(['in_review', 'compliance_review', 'approved', 'published'])
  })

  it('refuses to publish outside the workflow and keeps the four-eyes rule', async () => {
    const editor = await as('editor')
    const post = await local.create({
      collection: 'posts',
      data: { title: 'Another post' },
      draft: true,
      req: editor,
      overrideAccess: false,
    })
    await expect(
      local.update({
        collection: 'posts',
        id: post.id,
        data: { _status: 'published' },
        req: editor,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(move('editor', { id: post.id, to: 'published' })).rejects.toMatchObject({ status: 403 })
  })
})
