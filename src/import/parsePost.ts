import { JSDOM } from 'jsdom'
import type { SanitizedConfig } from 'payload'

import { htmlToLexical, markdownToLexical } from '@/lexical/convert'

import { ImportError, type PostFormat } from './fileFormat'
import { splitFrontMatter } from './frontMatter'
import { splitPost, type SplitPost } from './splitPost'

export type ParsedPost = SplitPost & { title: string; category?: string }

const htmlTitle = (html: string): string | undefined =>
  new JSDOM(html).window.document.querySelector('title')?.textContent?.trim() || undefined

/** Converts a Markdown or HTML post into Lexical and splits it into title, body, excerpt and FAQs. */
export const parsePost = async (
  { text, format }: { text: string; format: PostFormat },
  config: SanitizedConfig,
): Promise<ParsedPost> => {
  if (!text.trim()) throw new ImportError('The file is empty: there is nothing to import.')

  let meta: Record<string, string> = {}
  let state
  if (format === 'markdown') {
    const { data, content } = splitFrontMatter(text)
    meta = data
    state = await markdownToLexical(content, config)
  } else {
    state = await htmlToLexical(text, config)
  }

  const split = splitPost(state, { title: meta.title })
  const title = split.title ?? (format === 'html' ? htmlTitle(text) : undefined)
  if (!title) {
    throw new ImportError(
      'No title found: start the post with a level-1 heading ("# Title" or <h1>) or a "title:" front matter line.',
    )
  }
  if (split.body.root.children.length === 0) throw new ImportError(`"${title}" has no content besides its title.`)

  return { ...split, title, category: meta.category || undefined }
}
