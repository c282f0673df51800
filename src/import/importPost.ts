import { slugify } from 'payload/shared'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import type { Article } from '@/payload-types'

import { ImportError, type PostFormat } from './fileFormat'
import { parsePost, type ParsedPost } from './parsePost'

export type ImportOptions = {
  /** Email of an existing user to credit as author. */
  authorEmail?: string
  onProgress?: (message: string) => void
}

export type ImportPostResult = {
  article: Pick<Article, 'id' | 'slug' | 'title'>
  faqs: { id: number; question: string }[]
  category?: { id: number; name: string; created: boolean }
}

type ArticleBody = Article['body']

/** Parses a Markdown or HTML post and imports it (see `importParsedPost`). */
export const importPost = async (
  payload: Payload,
  { text, format, ...options }: ImportOptions & { text: string; format: PostFormat },
): Promise<ImportPostResult> => importParsedPost(payload, await parsePost({ text, format }, payload.config), options)

/**
 * Writes a parsed post as a draft article plus its FAQ section as linked FAQ drafts, in one
 * transaction: either everything is written or nothing is.
 */
export const importParsedPost = async (
  payload: Payload,
  post: ParsedPost,
  { authorEmail, onProgress = () => {} }: ImportOptions = {},
): Promise<ImportPostResult> => {
  onProgress(`Parsed "${post.title}": ${post.body.root.children.length} blocks, ${post.faqs.length} FAQs.`)
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    let authorId: number | undefined
    if (authorEmail) {
      const { docs } = await payload.find({
        collection: 'users',
        where: { email: { equals: authorEmail } },
        limit: 1,
        req,
      })
      if (!docs[0]) throw new ImportError(`No user with the email ${authorEmail}.`)
      authorId = docs[0].id
    }

    let category: ImportPostResult['category']
    if (post.category) {
      const { docs } = await payload.find({
        collection: 'categories',
        where: { name: { equals: post.category } },
        limit: 1,
        req,
      })
      const doc =
        docs[0] ??
        (await payload.create({
          collection: 'categories',
          data: { name: post.category, slug: slugify(post.category) ?? '' },
          req,
        }))
      category = { id: doc.id, name: doc.name, created: !docs[0] }
      onProgress(`${category.created ? 'Created' : 'Using'} category "${doc.name}".`)
    }

    const faqs: ImportPostResult['faqs'] = []
    for (const [index, faq] of post.faqs.entries()) {
      const doc = await payload.create({
        collection: 'faqs',
        draft: true,
        data: {
          question: faq.question,
          answer: faq.answer as ArticleBody,
          order: index,
          categories: category ? [category.id] : [],
          _status: 'draft',
        },
        req,
      })
      faqs.push({ id: doc.id, question: doc.question })
      onProgress(`FAQ ${index + 1}/${post.faqs.length}: ${doc.question}`)
    }

    const article = await payload.create({
      collection: 'articles',
      draft: true,
      data: {
        title: post.title,
        excerpt: post.excerpt,
        body: post.body as ArticleBody,
        categories: category ? [category.id] : [],
        authors: authorId ? [authorId] : [],
        relatedFaqs: faqs.map((faq) => faq.id),
        _status: 'draft',
      },
      req,
    })
    onProgress(`Article draft "${article.title}" (slug ${article.slug}).`)

    await commitTransaction(req)
    return { article: { id: article.id, slug: article.slug, title: article.title }, faqs, category }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
