import type { CollectionBeforeChangeHook, CollectionSlug, Config, Endpoint, GraphQLExtension } from 'payload'
import { describe, expect, it } from 'vitest'

import { editorialWorkflow } from '@/plugins/editorial-workflow'

const hostHook: CollectionBeforeChangeHook = ({ data }) => data
const hostMutations: GraphQLExtension = () => ({ hostMutation: { type: null } as never })

const hostConfig = (): Config =>
  ({
    admin: { user: 'people' },
    collections: [
      { slug: 'people', auth: true, fields: [] },
      {
        slug: 'posts',
        versions: { drafts: true },
        fields: [{ name: 'title', type: 'text' }],
        hooks: { beforeChange: [hostHook] },
        endpoints: [{ path: '/host', method: 'get', handler: () => Response.json({}) }],
      },
      { slug: 'pages', versions: { drafts: true }, fields: [{ name: 'title', type: 'text' }] },
    ],
    graphQL: { mutations: hostMutations },
    jobs: { tasks: [{ slug: 'hostTask', handler: async () => ({ output: {} }) }] },
    custom: { other: true },
    secret: 'x',
  }) as unknown as Config

const posts = 'posts' as CollectionSlug

describe('editorialWorkflow()', () => {
  it('puts only the listed collections under the workflow, keeping the host config', () => {
    const host = hostConfig()
    const config = editorialWorkflow({ collections: [posts] })(host)
    expect(config.collections!.map((collection) => collection.slug)).toEqual([
      'people',
      'posts',
      'pages',
      'workflow-events',
      'review-comments',
    ])
    const workflowPosts = config.collections!.find((collection) => collection.slug === 'posts')!
    expect(workflowPosts.hooks!.beforeChange![0]).toBe(hostHook)
    expect(workflowPosts.hooks!.beforeChange).toHaveLength(2)
    expect(workflowPosts.hooks!.beforeOperation).toHaveLength(1)
    expect((workflowPosts.endpoints as Endpoint[]).map((endpoint) => endpoint.path)).toEqual([
      '/host',
      '/:id/transition',
      '/:id/assign',
      '/:id/workflow',
      '/:id/workflow/changes',
    ])
    const names = workflowPosts.fields.map((field) => ('name' in field ? field.name : field.type))
    expect(names).toEqual(expect.arrayContaining(['title', 'workflowState', 'lastEditedBy', 'publishAt']))
    const pages = config.collections!.find((collection) => collection.slug === 'pages')!
    expect(pages.fields).toHaveLength(1)
    // Immutable: the host's objects are untouched.
    expect(host.collections![1].fields).toHaveLength(1)
    expect(host.collections).toHaveLength(3)

    expect(config.jobs!.tasks!.map((task) => task.slug)).toEqual([
      'hostTask',
      'publishScheduled',
      'flagOverdueReviews',
      'notifyOverdueAssignments',
      'discardEmptyDrafts',
    ])
    expect(config.custom).toMatchObject({ other: true })
  })

  it("points the audit trail and reviewer at the host's users collection", () => {
    const config = editorialWorkflow({ collections: [posts] })(hostConfig())
    const events = config.collections!.find((collection) => collection.slug === 'workflow-events')!
    const actor = events.fields.find((field) => 'name' in field && field.name === 'actor') as { relationTo: string }
    expect(actor.relationTo).toBe('people')
    const document = events.fields.find((field) => 'name' in field && field.name === 'document') as {
      relationTo: string[]
    }
    expect(document.relationTo).toEqual(['posts'])
  })

  it("keeps the host's GraphQL mutations next to workflowTransition", () => {
    const config = editorialWorkflow({ collections: [posts] })(hostConfig())
    const fakeGraphQL = new Proxy({}, { get: () => class {} }) as never
    const mutations = config.graphQL!.mutations!(fakeGraphQL, {} as never)
    expect(Object.keys(mutations)).toEqual(['hostMutation', 'workflowTransition', 'workflowAssign'])
  })

  it('refuses collections that are missing or have no drafts', () => {
    expect(() => editorialWorkflow({ collections: ['nothing' as CollectionSlug] })(hostConfig())).toThrow(
      /no collection nothing/,
    )
    const withoutDrafts = hostConfig()
    withoutDrafts.collections![1] = { ...withoutDrafts.collections![1], versions: false }
    expect(() => editorialWorkflow({ collections: [posts] })(withoutDrafts)).toThrow(/needs versions with drafts/)
  })
})
