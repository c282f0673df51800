import type { CollectionBeforeChangeHook, Config, PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { complianceGate, mentalHealthContent } from '@/plugins/mental-health'

const hostHook: CollectionBeforeChangeHook = ({ data }) => data

const hostConfig = (): Config =>
  ({
    collections: [
      {
        slug: 'posts',
        fields: [
          { name: 'title', type: 'text' },
          { name: 'content', type: 'richText' },
        ],
        hooks: { beforeChange: [hostHook] },
      },
      { slug: 'pages', fields: [{ name: 'title', type: 'text' }] },
    ],
    globals: [{ slug: 'settings', fields: [] }],
    custom: { other: true },
    jobs: { tasks: [{ slug: 'hostTask', handler: async () => ({ output: {} }) }] },
    secret: 'x',
  }) as unknown as Config

describe('mentalHealthContent()', () => {
  const options = {
    collections: {
      posts: { richTextFields: ['content'], textFields: ['title'], kind: 'article' as const, jsonLd: true },
    },
  }

  it('adds its collections, global and fields without dropping the host config', () => {
    const config = mentalHealthContent(options)(hostConfig())
    expect(config.collections!.map((c) => c.slug)).toEqual([
      'posts',
      'pages',
      'sources',
      'claims',
      'finding-acceptances',
      'consent-forms',
    ])
    expect(config.globals!.map((g) => g.slug)).toEqual(['settings', 'crisis-resources'])
    expect(config.custom).toEqual({ other: true })

    const posts = config.collections!.find((c) => c.slug === 'posts')!
    expect(posts.hooks!.beforeChange![0]).toBe(hostHook)
    expect(posts.hooks!.beforeChange).toHaveLength(2)
    expect(posts.hooks!.afterChange).toHaveLength(1)
    const names = posts.fields.map((field) => ('name' in field ? field.name : field.type))
    // The panel at the top of the sidebar (before the host's fields, after other panels).
    expect(names).toEqual(['compliancePanel', 'title', 'content', 'compliance', 'jsonLd'])
    const content = posts.fields[2] as { editor?: unknown }
    expect(content.editor).toBeDefined()
    expect(config.collections!.find((c) => c.slug === 'pages')!.fields).toHaveLength(1)
  })

  it('keeps the schema but neither analyses nor gates when disabled', () => {
    const config = mentalHealthContent({ ...options, disabled: true })(hostConfig())
    const posts = config.collections!.find((c) => c.slug === 'posts')!
    expect(posts.fields.map((field) => ('name' in field ? field.name : ''))).toContain('compliance')
    expect(posts.hooks!.beforeChange).toEqual([hostHook])
  })

  it('gives a gate that lets everything through when disabled', async () => {
    const gate = complianceGate({ ...options, disabled: true })
    expect(await gate({ req: {} as PayloadRequest, collection: 'posts', doc: { id: 1 }, to: 'published' })).toEqual([])
  })
})

describe('review cadence', () => {
  it('comes from the workflow option, then REVIEW_CADENCE_MONTHS, then 12', async () => {
    const { reviewCadenceMonths } = await import('@/plugins/editorial-workflow/settings')
    expect(reviewCadenceMonths(24)).toBe(24)
    expect(reviewCadenceMonths()).toBe(Number(process.env.REVIEW_CADENCE_MONTHS) || 12)
  })
})
