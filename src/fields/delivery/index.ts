import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { Field, FieldHook, PayloadRequest } from 'payload'

import { computedField } from '@/fields/computedField'
import { currentCrisisResources } from '@/plugins/mental-health/currentCrisisResources'

/**
 * Read-only fields computed for frontends at read time: what a health page needs and the public
 * cannot otherwise read (staff names live in the private users collection).
 */

const WORDS_PER_MINUTE = 220
const EXCERPT_LENGTH = 200

type ArticleLike = {
  id?: number
  excerpt?: string | null
  body?: unknown
  authors?: (number | { id: number })[] | null
  reviewedBy?: number | { id: number } | null
  reviewerCredentials?: string | null
  lastReviewedAt?: string | null
  nextReviewDue?: string | null
}

const idOf = (value: number | { id: number } | null | undefined) =>
  typeof value === 'object' && value ? value.id : value

const plainText = (body: unknown) => (body ? convertLexicalToPlaintext({ data: body as never }) : '')

/** Only the public professional identity of staff: name and credentials. */
const people = async (req: PayloadRequest, ids: number[]) => {
  if (!ids.length) return new Map<number, { name: string; credentials: string | null }>()
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    select: { name: true, credentials: true },
    depth: 0,
    limit: ids.length,
    req,
    overrideAccess: true,
  })
  return new Map(docs.map((user) => [user.id, { name: user.name, credentials: user.credentials ?? null }]))
}

const readingTime: FieldHook = ({ data }) => {
  const words = plainText((data as ArticleLike)?.body)
    .split(/\s+/)
    .filter(Boolean).length
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}

const plainExcerpt: FieldHook = ({ data }) => {
  const doc = data as ArticleLike
  if (doc?.excerpt?.trim()) return doc.excerpt.trim()
  const text = plainText(doc?.body).replace(/\s+/g, ' ').trim()
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, text.lastIndexOf(' ', EXCERPT_LENGTH - 1))}…` : text
}

const byline: FieldHook = async ({ data, req }) => {
  const doc = data as ArticleLike
  const authorIds = (doc?.authors ?? []).map(idOf).filter((id): id is number => typeof id === 'number')
  const reviewerId = idOf(doc?.reviewedBy)
  const found = await people(req, [...authorIds, ...(reviewerId ? [reviewerId] : [])])
  const reviewer = reviewerId && doc.lastReviewedAt ? found.get(reviewerId) : undefined
  return {
    authors: authorIds.map((id) => found.get(id)).filter(Boolean),
    reviewer: reviewer
      ? {
          name: reviewer.name,
          credentials: doc.reviewerCredentials ?? reviewer.credentials,
          reviewedAt: doc.lastReviewedAt,
          nextReviewDue: doc.nextReviewDue ?? null,
        }
      : null,
  }
}

/** The sources of the article's approved claims, for a references list. */
const sources: FieldHook = async ({ data, req }) => {
  const id = (data as ArticleLike)?.id
  if (!id) return []
  const { docs } = await req.payload.find({
    collection: 'claims',
    where: {
      and: [
        { 'document.relationTo': { equals: 'articles' } },
        { 'document.value': { equals: id } },
        { status: { equals: 'approved' } },
      ],
    },
    // Only the sources: populating `document` would read this article again, and so on.
    select: { sources: true },
    depth: 1,
    limit: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  const unique = new Map<number, Record<string, unknown>>()
  for (const claim of docs) {
    for (const source of claim.sources ?? []) {
      if (typeof source === 'object' && source && !source.retracted) {
        unique.set(source.id, {
          title: source.title,
          url: source.url ?? null,
          doi: source.doi ?? null,
          publisher: source.publisher ?? null,
          year: source.year ?? null,
          evidenceLevel: source.evidenceLevel,
        })
      }
    }
  }
  return [...unique.values()]
}

/** The crisis resources to show with the article, when its body holds the crisis resources block. */
const crisisResources: FieldHook = async ({ data, req }) => {
  const hasBlock = JSON.stringify((data as ArticleLike)?.body ?? '').includes('"blockType":"crisisResources"')
  return hasBlock ? currentCrisisResources(req) : null
}

/** How many articles the reader may see in a category (access applies: the public counts published ones). */
export const articleCountField = (): Field =>
  computedField('articleCount', 'number', async ({ data, req }) =>
    data?.id
      ? (
          await req.payload.count({
            collection: 'articles',
            where: { categories: { in: [data.id] } },
            req,
            overrideAccess: false,
            user: req.user,
          })
        ).totalDocs
      : 0,
  )

export const deliveryFields = (): Field[] => [
  computedField('readingTimeMinutes', 'number', readingTime),
  computedField('plainExcerpt', 'text', plainExcerpt),
  computedField('byline', 'json', byline),
  computedField('sources', 'json', sources),
  computedField('crisisResources', 'json', crisisResources),
]
