import { spawnSync } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { importPost } from '@/import/importPost'
import { splitFrontMatter } from '@/import/frontMatter'
import { projectRoot } from '@/lib/paths'
import type { Article, Faq } from '@/payload-types'

import { readFixture } from '../helpers/fixtures'
import { articleData } from '../helpers/lexical'
import { lexicalBlocks, markdownBlocks, type Block } from '../helpers/markdownBlocks'
import { getTestPayload } from '../helpers/payload'

type LexicalNode = {
  type: string
  text?: string
  format?: number
  fields?: { url?: string }
  listType?: string
  children?: LexicalNode[]
}
const findNodes = (node: LexicalNode, type: string): LexicalNode[] => [
  ...(node.type === type ? [node] : []),
  ...(node.children ?? []).flatMap((child) => findNodes(child, type)),
]

const counts = async (payload: Payload) => ({
  articles: (await payload.count({ collection: 'articles' })).totalDocs,
  faqs: (await payload.count({ collection: 'faqs' })).totalDocs,
  categories: (await payload.count({ collection: 'categories' })).totalDocs,
})

describe('importing posts', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await getTestPayload()
  })

  describe('the IOP fixture', () => {
    const markdown = readFixture('iop-clinic-post.md')
    const sourceBlocks = markdownBlocks(splitFrontMatter(markdown).content)
    const titleAt = sourceBlocks.findIndex((block) => block.kind === 'heading' && block.level === 1)
    const faqAt = sourceBlocks.findIndex((block) => block.kind === 'heading' && block.text === 'FAQ')
    const expectedBody = sourceBlocks.slice(titleAt + 1, faqAt)
    const faqSection = sourceBlocks.slice(faqAt + 1)
    let article: Article
    let faqs: Faq[]

    beforeAll(async () => {
      const result = await importPost(payload, { text: markdown, format: 'markdown' })
      article = await payload.findByID({ collection: 'articles', id: result.article.id, draft: true, depth: 1 })
      faqs = article.relatedFaqs as Faq[]
    })

    it('creates a draft article titled from the post, with a slug and an excerpt', () => {
      expect(article._status).toBe('draft')
      expect(article.title).toBe('Inside the Harbor Lane Intensive Outpatient Program')
      expect(article.slug).toBe('inside-the-harbor-lane-intensive-outpatient-program')
      expect(article.excerpt).toMatch(/^Wondering whether you need more support than a weekly therapy appointment/)
    })

    it('keeps every heading, paragraph and list item of the body, in order', () => {
      expect(expectedBody.length).toBeGreaterThan(40)
      expect(lexicalBlocks(article.body as never)).toEqual(expectedBody)
      expect(expectedBody.filter((block: Block) => block.kind === 'item')).toHaveLength(12)
    })

    it('turns the FAQ section into 4 linked FAQ drafts, in order', () => {
      const questions = faqSection.filter((block) => block.kind === 'heading').map((block) => block.text)
      const answers = faqSection.filter((block) => block.kind !== 'heading').map((block) => block.text)
      expect(questions).toHaveLength(4)
      expect(faqs.map((faq) => faq.question)).toEqual(questions)
      expect(faqs.map((faq) => lexicalBlocks(faq.answer as never)[0].text)).toEqual(answers)
      expect(faqs.every((faq) => faq._status === 'draft')).toBe(true)
      expect(faqs.map((faq) => faq.order)).toEqual([0, 1, 2, 3])
    })

    it('files the article and its FAQs under the front matter category', async () => {
      const [category] = article.categories as { name: string; id: number }[]
      expect(category.name).toBe('Blog')
      const faq = await payload.findByID({ collection: 'faqs', id: faqs[0].id, draft: true, depth: 0 })
      expect(faq.categories).toEqual([category.id])
    })

    it('leaves nothing public', async () => {
      const visible = await payload.find({
        collection: 'articles',
        where: { id: { equals: article.id } },
        overrideAccess: false,
      })
      expect(visible.docs).toHaveLength(0)
    })
  })

  it('maps inline formatting, links and ordered lists from Markdown to Lexical nodes', async () => {
    const markdown = `# Formatting ${Date.now()}\n\nSome **bold**, some *italic* and a [link](https://988lifeline.org).\n\n1. first\n2. second\n`
    const { article } = await importPost(payload, { text: markdown, format: 'markdown' })
    const doc = await payload.findByID({ collection: 'articles', id: article.id, draft: true })
    const root = (doc.body as unknown as { root: LexicalNode }).root
    const texts = findNodes(root, 'text')
    expect(texts.find((node) => node.text === 'bold')?.format).toBe(1)
    expect(texts.find((node) => node.text === 'italic')?.format).toBe(2)
    expect(findNodes(root, 'link')[0].fields?.url).toBe('https://988lifeline.org')
    expect(findNodes(root, 'list')[0].listType).toBe('number')
    expect(findNodes(root, 'listitem')).toHaveLength(2)
  })

  it('imports HTML the same way', async () => {
    const title = `An HTML post ${Date.now()}`
    const html = `<!doctype html><html><head><title>ignored</title></head><body>
      <h1>${title}</h1><p>Intro with <strong>bold</strong> and <a href="https://example.org/a">a link</a>.</p>
      <h2>Section</h2><ul><li>one</li><li>two</li></ul>
      <h2>Frequently asked questions</h2><h3>Is it safe?</h3><p>Ask your clinician.</p><h3>How long?</h3><p>It varies.</p>
    </body></html>`
    const result = await importPost(payload, { text: html, format: 'html' })
    expect(result.faqs.map((faq) => faq.question)).toEqual(['Is it safe?', 'How long?'])
    const doc = await payload.findByID({ collection: 'articles', id: result.article.id, draft: true })
    expect(doc.title).toBe(title)
    const blocks = lexicalBlocks(doc.body as never)
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Intro with bold and a link.' },
      { kind: 'heading', level: 2, text: 'Section' },
      { kind: 'item', text: 'one' },
      { kind: 'item', text: 'two' },
    ])
    const root = (doc.body as unknown as { root: LexicalNode }).root
    expect(findNodes(root, 'link')[0].fields?.url).toBe('https://example.org/a')
  })

  describe('refuses bad input and writes nothing', () => {
    it.each([
      ['empty text', '  \n\n ', /empty/],
      ['no title', 'Just a paragraph without any heading.', /No title/],
      ['only a title', '# Lonely title\n', /no content/],
    ])('%s', async (_name, text, message) => {
      const before = await counts(payload)
      await expect(importPost(payload, { text, format: 'markdown' })).rejects.toThrow(message)
      expect(await counts(payload)).toEqual(before)
    })

    it('rolls back the FAQs and category already written when the article fails', async () => {
      const taken = await payload.create({ collection: 'articles', data: articleData(`Taken ${Date.now()}`) })
      const markdown = `---\ncategory: Rollback ${Date.now()}\n---\n# ${taken.title}\n\nBody.\n\n## FAQ\n\n### Will this stay?\n\nNo.\n`
      const before = await counts(payload)
      await expect(importPost(payload, { text: markdown, format: 'markdown' })).rejects.toThrow(/slug/i)
      expect(await counts(payload)).toEqual(before)
    })

    it('rejects an unknown author', async () => {
      const before = await counts(payload)
      await expect(
        importPost(payload, {
          text: `# Authored ${Date.now()}\n\nBody.`,
          format: 'markdown',
          authorEmail: 'nobody@nowhere.test',
        }),
      ).rejects.toThrow(/No user with the email/)
      expect(await counts(payload)).toEqual(before)
    })
  })

  describe('npm run import', () => {
    const runImport = (...args: string[]) =>
      spawnSync(process.execPath, [path.join(projectRoot, 'scripts/run.mjs'), 'scripts/import.ts', ...args], {
        cwd: projectRoot,
        encoding: 'utf8',
        env: { ...process.env, NODE_ENV: 'development' },
        timeout: 110_000,
      })

    it('imports a file and prints progress and a summary', { timeout: 120_000 }, () => {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-import-')), 'post.md')
      fs.writeFileSync(
        file,
        readFixture('iop-clinic-post.md')
          .replace('# Inside the Harbor Lane', '# CLI copy: Inside the Harbor Lane')
          .replace(/^title:.*$/m, ''),
      )
      const result = runImport(file)
      expect(result.status, `${result.error ?? ''}\n${result.stdout}\n${result.stderr}`).toBe(0)
      expect(result.stdout).toContain('FAQ 4/4')
      expect(result.stdout).toMatch(
        /Imported "CLI copy: Inside the Harbor Lane Intensive Outpatient Program" as draft article #\d+ .* with 4 linked FAQ draft\(s\)/,
      )
    })

    it('fails clearly on a missing file', () => {
      const result = runImport(path.join(os.tmpdir(), 'does-not-exist.md'))
      expect(result.status).toBe(1)
      expect(result.stderr).toMatch(/Import failed, nothing was written: File not found: .*does-not-exist\.md/)
    })

    it('fails clearly on an unsupported file type or a missing argument', () => {
      const text = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-import-')), 'post.txt')
      fs.writeFileSync(text, '# A title\n\nBody')
      const unsupported = runImport(text)
      expect(unsupported.status).toBe(1)
      expect(unsupported.stderr).toMatch(/Unsupported file type: .*post\.txt/)
      const noFile = runImport()
      expect(noFile.status).toBe(1)
      expect(noFile.stderr).toMatch(/Usage: npm run import -- <file\.md\|file\.html> \[--author <email>\]/)
    })
  })
})
