import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { Field, FieldHook, PayloadRequest } from 'payload'

import { isStaffUser } from '@/access/roles'
import { computedField } from '@/fields/computedField'
import { bylineField, crisisResourcesField, sourcesField } from '@/fields/readTimeGroups'
import { currentCrisisResources, hasCrisisResourcesBlock } from '@/plugins/mental-health'
import { pointsAt } from '@/plugins/editorial-workflow'
import type { User } from '@/payload-types'

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

const plainText = (body: unknown) => (body ? convertLexicalToPlaintext({ data: body as SerializedEditorState }) : '')

type PublicPerson = { name: string; credentials: string | null }

declare module 'payload' {
  interface RequestContext {
    /** Staff looked up for bylines in this request, by id: a list of articles by a few authors asks once each. */
    publicPeople?: Map<number, Promise<PublicPerson | undefined>>
  }
}

/** Only the public professional identity of staff: name and credentials, each person looked up once per request. */
const people = async (req: PayloadRequest, ids: number[]): Promise<Map<number, PublicPerson>> => {
  const known = (req.context.publicPeople ??= new Map())
  const missing = [...new Set(ids)].filter((id) => !known.has(id))
  if (missing.length) {
    const loading = req.payload
      .find({
        collection: 'users',
        where: { id: { in: missing } },
        select: { name: true, credentials: true },
        depth: 0,
        limit: missing.length,
        req,
        overrideAccess: true,
      })
      .then(
        ({ docs }) =>
          new Map(docs.map((user) => [user.id, { name: user.name, credentials: user.credentials ?? null }])),
      )
    for (const id of missing)
      known.set(
        id,
        loading.then((found) => found.get(id)),
      )
  }
  const found = await Promise.all(ids.map(async (id) => [id, await known.get(id)] as const))
  return new Map(found.filter((entry): entry is readonly [number, PublicPerson] => entry[1] !== undefined))
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
    // Rows carry stable ids (Payload would give each read a random one, and no two answers would match).
    authors: authorIds.flatMap((id) => {
      const person = found.get(id)
      return person ? [{ id: String(id), ...person }] : []
    }),
    // An empty group, not null: Payload fills a group's subfields after its hook (readTimeGroups.ts).
    reviewer: reviewer
      ? {
          name: reviewer.name,
          credentials: doc.reviewerCredentials ?? reviewer.credentials,
          reviewedAt: doc.lastReviewedAt,
          nextReviewDue: doc.nextReviewDue ?? null,
        }
      : {},
  }
}

const hasCompliance = (req: PayloadRequest) => 'claims' in req.payload.collections

/** The ids of the sources attached to the article's approved claims (claims follow the working draft). */
const approvedSourceIds = async (req: PayloadRequest, id: number): Promise<number[]> => {
  // Without the compliance plugin there are no claims, so no sources.
  if (!hasCompliance(req)) return []
  const { docs } = await req.payload.find({
    collection: 'claims',
    where: pointsAt('articles', id, { status: { equals: 'approved' } }),
    select: { sources: true },
    depth: 0,
    limit: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  return [
    ...new Set(
      docs.flatMap((claim) => (claim.sources ?? []).map((source) => (typeof source === 'object' ? source.id : source))),
    ),
  ]
}

const isIdList = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'number')

/** The live version's source ids: from the data read when it holds them, else from the live row. */
const liveSourceIdsOf = async (req: PayloadRequest, doc: ArticleLike & { liveSourceIds?: unknown }) => {
  if (isIdList(doc.liveSourceIds)) return doc.liveSourceIds
  const live = await req.payload.findByID({
    collection: 'articles',
    id: doc.id!,
    draft: false,
    select: { liveSourceIds: true },
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  return isIdList(live?.liveSourceIds) ? live.liveSourceIds : []
}

/**
 * The live version's sources, fixed when it is published: the claims records follow the working
 * draft, so without this a pending edit's approved claims would show on the live page (and the
 * live version's vanish). Drafts keep the value of the version they were edited from.
 */
const captureLiveSources: FieldHook = async ({ data, originalDoc, value, req }) => {
  const id = (originalDoc as ArticleLike | undefined)?.id
  if ((data as { _status?: string } | undefined)?._status === 'published' && id) return approvedSourceIds(req, id)
  return isIdList((originalDoc as { liveSourceIds?: unknown } | undefined)?.liveSourceIds)
    ? (originalDoc as { liveSourceIds: number[] }).liveSourceIds
    : isIdList(value)
      ? value
      : []
}

/**
 * The sources for a references list: of the live version's approved claims, except for staff
 * reading a draft, who see the working draft's. Retracted sources never show.
 */
const sources: FieldHook = async ({ data, draft, req }) => {
  const doc = data as ArticleLike & { liveSourceIds?: unknown }
  if (!doc?.id) return []
  const ids =
    draft && isStaffUser(req.user as User | null)
      ? await approvedSourceIds(req, doc.id)
      : await liveSourceIdsOf(req, doc)
  if (!ids.length || !hasCompliance(req)) return []
  const { docs } = await req.payload.find({
    collection: 'sources',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    req,
    overrideAccess: true,
  })
  const byId = new Map(docs.map((source) => [source.id, source]))
  return ids
    .map((id) => byId.get(id))
    .filter((source) => source && !source.retracted)
    .map((source) => ({
      id: String(source!.id),
      title: source!.title,
      url: source!.url ?? null,
      doi: source!.doi ?? null,
      publisher: source!.publisher ?? null,
      year: source!.year ?? null,
      evidenceLevel: source!.evidenceLevel,
    }))
}

/** The crisis resources to show with the article, when its body holds the crisis resources block. */
const crisisResources: FieldHook = async ({ data, req }) => {
  return hasCrisisResourcesBlock((data as ArticleLike)?.body) ? currentCrisisResources(req) : {}
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
  bylineField(byline),
  sourcesField(sources),
  {
    name: 'liveSourceIds',
    type: 'json',
    access: { read: () => true, create: () => false, update: () => false },
    admin: { hidden: true },
    hooks: { beforeChange: [captureLiveSources] },
  },
  crisisResourcesField(crisisResources),
]
