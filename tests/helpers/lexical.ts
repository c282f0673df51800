import { slugify } from 'payload/shared'

import type { Article } from '@/payload-types'

/** A minimal Lexical document with one paragraph per string. */
export const richText = (...paragraphs: string[]): Article['body'] => ({
  root: {
    type: 'root',
    format: '' as const,
    indent: 0,
    version: 1,
    direction: null,
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: null,
      textFormat: 0,
      children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
    })),
  },
})

/** The fields an article needs; the slug is derived as the app would. */
export const articleData = (title: string, ...paragraphs: string[]) => ({
  title,
  slug: slugify(title) ?? title,
  body: richText(...(paragraphs.length ? paragraphs : ['Body'])),
})

/** Test fixtures that must start out live are written as the demo seed writes them, outside the workflow. */
export const publishedFixture = { context: { workflowBypass: 'test fixture' } } as const
