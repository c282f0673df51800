import { fieldAffectsData } from 'payload/shared'
import type { CollectionSlug, Endpoint, Field, PayloadRequest, Where } from 'payload'

import { WorkflowError } from './errors'
import { WORKFLOW_MANAGED_FIELDS } from './fields'
import { pointsAt } from './pointsAt'
import { readDocument } from './readDocument'
import type { WorkflowSettings } from './settings'
import { diffContent } from './textDiff'

/** The review decisions a reviewer compares against: a sign-off, an approval, or a request for changes. */
const REVIEW_DECISIONS: Where = {
  or: [
    { and: [{ from: { equals: 'in_review' } }, { to: { equals: 'compliance_review' } }] },
    { to: { equals: 'changes_requested' } },
    { and: [{ from: { equals: 'compliance_review' } }, { to: { equals: 'approved' } }] },
  ],
}

const DECISION_LABELS: Record<string, string> = {
  compliance_review: 'the clinical sign-off',
  changes_requested: 'the request for changes',
  approved: 'the compliance approval',
}

const NOT_CONTENT = new Set<string>([...WORKFLOW_MANAGED_FIELDS, '_status', 'createdAt', 'updatedAt', 'id'])

/** The fields a person writes: no computed, hidden, read-only or workflow fields, no switches. */
export const contentFields = (fields: Field[]): { name: string; label: string }[] =>
  fields.flatMap((field) => {
    if (!fieldAffectsData(field) || NOT_CONTENT.has(field.name)) return []
    if (('virtual' in field && field.virtual) || field.type === 'checkbox') return []
    if (field.admin?.hidden || field.admin?.readOnly || field.admin?.disabled) return []
    const label = typeof field.label === 'string' ? field.label : field.name.replace(/([A-Z])/g, ' $1')
    return [{ name: field.name, label: label.charAt(0).toUpperCase() + label.slice(1).toLowerCase() }]
  })

/**
 * What changed in the content since the last review decision (sign-off, approval or request for
 * changes): the version current when it was made against the working draft, content fields only.
 */
export const changesSinceReview = async (req: PayloadRequest, collection: CollectionSlug, id: number) => {
  const { docs: decisions } = await req.payload.find({
    collection: 'workflow-events',
    where: pointsAt(collection, id, { kind: { equals: 'transition' } }, REVIEW_DECISIONS),
    sort: '-createdAt',
    limit: 1,
    depth: 1,
    req,
    overrideAccess: true,
  })
  const decision = decisions[0]
  if (!decision) return { since: null, fields: [] }
  const { docs: versions } = await req.payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { updatedAt: { less_than_equal: decision.createdAt } }] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const current = await readDocument(req, collection, id, { draft: true })
  const actor = decision.actor as { name?: string | null } | number | null | undefined
  return {
    since: {
      decision: DECISION_LABELS[decision.to] ?? decision.to,
      at: decision.createdAt,
      by: typeof actor === 'object' && actor ? (actor.name ?? null) : null,
      comment: decision.comment ?? null,
    },
    fields:
      versions[0] && current
        ? diffContent(
            { ...versions[0].version },
            current,
            contentFields(req.payload.collections[collection].config.fields),
          )
        : [],
  }
}

/** GET /api/<collection>/:id/workflow/changes (staff): the content changes since the last review decision. */
export const changesEndpoint = (settings: WorkflowSettings): Endpoint => ({
  path: '/:id/workflow/changes',
  method: 'get',
  handler: async (req) => {
    if (!settings.isStaff(req.user))
      throw new WorkflowError('Only signed-in staff can see review changes.', req.user ? 403 : 401)
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id) || id <= 0)
      throw new WorkflowError(`"${String(req.routeParams?.id)}" is not a valid document id.`, 400)
    const collection = req.routeParams?.collection as CollectionSlug
    if (!(await readDocument(req, collection, id, { draft: true })))
      throw new WorkflowError(`No ${collection} document with id ${id}.`, 404)
    return Response.json(await changesSinceReview(req, collection, id))
  },
})
