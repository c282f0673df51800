import type { Endpoint, PayloadRequest, Where } from 'payload'

import { pointsAt } from './pointsAt'

import type { LanguageFinding } from './analysis/types'
import { complianceGateFor } from './gate'
import type { AnalysedCollection } from './types'

/** A document's title as the admin shows it (its collection's `admin.useAsTitle`). */
const titleOf = (req: PayloadRequest, collection: string, doc: { id: number | string }) => {
  const field = req.payload.config.collections.find((config) => config.slug === collection)?.admin.useAsTitle
  const value = field ? (doc as Record<string, unknown>)[field] : undefined
  return typeof value === 'string' && value.trim() ? value : `#${doc.id}`
}

const isStaff = (req: PayloadRequest) => ((req.user as { roles?: string[] } | null)?.roles ?? []).length > 0

/** GET /api/<collection>/:id/compliance: findings, claims and what still blocks approval (staff only). */
export const complianceEndpoint = (collection: string, targets: Record<string, AnalysedCollection>): Endpoint => ({
  path: '/:id/compliance',
  method: 'get',
  handler: async (req) => {
    if (!isStaff(req))
      return Response.json(
        { errors: [{ message: 'Only signed-in staff can see compliance findings.' }] },
        { status: req.user ? 403 : 401 },
      )
    const id = Number(req.routeParams?.id)
    const doc = Number.isInteger(id)
      ? await req.payload.findByID({
          collection: collection as 'articles',
          id,
          draft: true,
          depth: 0,
          req,
          overrideAccess: true,
          disableErrors: true,
        })
      : null
    if (!doc)
      return Response.json(
        { errors: [{ message: `No ${collection} document with id ${String(req.routeParams?.id)}.` }] },
        { status: 404 },
      )
    const [{ docs: claims }, { docs: accepted }, reasons] = await Promise.all([
      req.payload.find({
        collection: 'claims',
        where: pointsAt(collection, id, { status: { not_equals: 'removed' } }),
        sort: 'id',
        select: { text: true, type: true, reason: true, confidence: true, status: true, sources: true, note: true },
        depth: 1,
        limit: 0,
        pagination: false,
        req,
        overrideAccess: true,
      }),
      req.payload.find({
        collection: 'finding-acceptances',
        where: pointsAt(collection, id),
        depth: 0,
        limit: 0,
        pagination: false,
        req,
        overrideAccess: true,
      }),
      complianceGateFor(targets)({ req, collection, doc: { ...doc }, to: 'approved' }),
    ])
    const acceptedKeys = new Set(accepted.map((a) => `${a.rule}|${a.text.toLowerCase()}`))
    const compliance =
      (doc as { compliance?: { language?: LanguageFinding[]; crisisTopic?: boolean; hasCrisisResources?: boolean } })
        .compliance ?? {}
    return Response.json({
      crisisTopic: Boolean(compliance.crisisTopic),
      hasCrisisResources: Boolean(compliance.hasCrisisResources),
      language: (compliance.language ?? []).map((finding) => ({
        ...finding,
        accepted: acceptedKeys.has(`${finding.rule}|${finding.text.toLowerCase()}`),
      })),
      claims: claims.map((claim) => ({
        id: claim.id,
        text: claim.text,
        type: claim.type,
        reason: claim.reason ?? null,
        confidence: claim.confidence ?? null,
        status: claim.status,
        note: claim.note ?? null,
        sources: (claim.sources ?? []).map((source) =>
          typeof source === 'object'
            ? { id: source.id, title: source.title, retracted: Boolean(source.retracted) }
            : { id: source },
        ),
      })),
      blockers: reasons,
    })
  },
})

/** GET /api/compliance/dashboard: what waits for compliance (staff only). */
export const dashboardEndpoint = (targets: Record<string, AnalysedCollection>): Endpoint => ({
  path: '/compliance/dashboard',
  method: 'get',
  handler: async (req) => {
    if (!isStaff(req))
      return Response.json(
        { errors: [{ message: 'Only signed-in staff can see the compliance dashboard.' }] },
        { status: req.user ? 403 : 401 },
      )
    const slugs = Object.keys(targets) as 'articles'[]
    const [pending, waiting, overdue] = await Promise.all([
      req.payload.count({ collection: 'claims', where: { status: { equals: 'pending' } }, req, overrideAccess: true }),
      Promise.all(
        slugs.map((collection) =>
          req.payload
            .find({
              collection,
              where: { workflowState: { equals: 'compliance_review' } } as Where,
              draft: true,
              depth: 0,
              limit: 20,
              req,
              overrideAccess: true,
            })
            .then(({ docs }) => docs.map((doc) => ({ collection, id: doc.id, title: titleOf(req, collection, doc) }))),
        ),
      ),
      Promise.all(
        slugs.map((collection) =>
          req.payload
            .find({
              collection,
              where: { reviewOverdue: { equals: true } } as Where,
              depth: 0,
              limit: 20,
              req,
              overrideAccess: true,
            })
            .then(({ docs }) => docs.map((doc) => ({ collection, id: doc.id, title: titleOf(req, collection, doc) })))
            .catch(() => []),
        ),
      ),
    ])
    return Response.json({
      pendingClaims: pending.totalDocs,
      waitingForCompliance: waiting.flat(),
      overdueReviews: overdue.flat(),
    })
  },
})
