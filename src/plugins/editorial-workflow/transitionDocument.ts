import { commitTransaction, initTransaction, killTransaction, type CollectionSlug, type PayloadRequest } from 'payload'

import { WorkflowError } from './errors'
import { recordWorkflowEvent } from './events'
import { pointsAt } from './pointsAt'
import { readDocument } from './readDocument'
import {
  dueDateFor,
  evaluateTransition,
  isReviewStage,
  isWorkflowState,
  WORKFLOW_STATES,
  type Actor,
  type Guard,
  type Transition,
  type TransitionContext,
  type WorkflowState,
} from './machine'
import { releaseEditLock } from './releaseEditLock'
import {
  addMonths,
  isWorkflowCollection,
  workflowSettings,
  type WorkflowDocument,
  type WorkflowSettings,
} from './settings'

export type TransitionInput = {
  collection: string
  id: number | string
  to: unknown
  comment?: unknown
  publishAt?: unknown
}

export type TransitionResult = {
  collection: CollectionSlug
  id: number
  from: WorkflowState
  state: WorkflowState
  status: 'draft' | 'published'
}

export const SYSTEM_ACTOR: Actor = { id: null, roles: ['system'] }

type StaffUser = { id: number | string; roles?: readonly string[] | null; credentials?: string | null }

export const actorOf = (user: PayloadRequest['user']): Actor =>
  user ? { id: user.id, roles: (user as StaffUser).roles ?? [] } : { id: null, roles: [] }

/** The role under which the actor made the transition, for the audit trail. */
const actingRole = (transition: Transition, actor: Actor) =>
  actor.roles.find((role) => (transition.roles as readonly string[]).includes(role)) ?? actor.roles[0] ?? 'anonymous'

const effectsOf = (
  transition: Transition,
  context: TransitionContext,
  req: PayloadRequest,
  { reviewCadenceMonths, reviewDueDays }: WorkflowSettings,
) => {
  const user = req.user as StaffUser | null
  const { to, now, publishAt } = context
  // Every transition starts the next stage's assignment afresh: unassigned, due after the stage's days.
  const data: Record<string, unknown> = {
    workflowState: to,
    assignedTo: null,
    dueAt: isReviewStage(to) ? dueDateFor(to, now, reviewDueDays[to]).toISOString() : null,
    overdueNoticeAt: null,
  }
  if (transition.from === 'in_review' && to === 'compliance_review') {
    Object.assign(data, {
      reviewedBy: user?.id ?? null,
      // The users collection's `credentials` field, where it has one: the sign-off keeps them as they were.
      reviewerCredentials: user?.credentials ?? null,
      lastReviewedAt: now.toISOString(),
      nextReviewDue: addMonths(now, reviewCadenceMonths).toISOString(),
      reviewOverdue: false,
    })
  }
  if (to === 'scheduled') data.publishAt = publishAt!.toISOString()
  if (transition.from === 'scheduled' || to === 'published') data.publishAt = null
  if (to === 'published') data._status = 'published'
  if (to === 'archived') data._status = 'draft'
  return data
}

const parseInput = (req: PayloadRequest, input: TransitionInput) => {
  if (!isWorkflowCollection(req.payload.config, input.collection)) {
    throw new WorkflowError(`"${String(input.collection)}" has no workflow.`, 400)
  }
  const id = Number(input.id)
  if (!Number.isInteger(id) || id <= 0)
    throw new WorkflowError(`"${String(input.id)}" is not a valid document id.`, 400)
  if (typeof input.to !== 'string' || !isWorkflowState(input.to)) {
    throw new WorkflowError(
      `"to" must be one of ${WORKFLOW_STATES.join(', ')}${input.to === undefined ? '' : `, not ${JSON.stringify(input.to)}`}.`,
      400,
    )
  }
  if (input.comment !== undefined && input.comment !== null && typeof input.comment !== 'string') {
    throw new WorkflowError('"comment" must be a string.', 400)
  }
  if (typeof input.comment === 'string' && input.comment.length > 5000) {
    throw new WorkflowError('"comment" is longer than 5,000 characters.', 400)
  }
  let publishAt: Date | undefined
  if (input.publishAt !== undefined && input.publishAt !== null) {
    publishAt = new Date(String(input.publishAt))
    if (typeof input.publishAt !== 'string' || Number.isNaN(publishAt.getTime())) {
      throw new WorkflowError('"publishAt" must be an ISO 8601 date, e.g. 2027-01-31T09:00:00Z.', 400)
    }
  }
  return { collection: input.collection, id, to: input.to, comment: input.comment as string | undefined, publishAt }
}

/** Who last asked for changes to the document, while they can still review it. */
const requestedChangesBy = async (req: PayloadRequest, collection: CollectionSlug, id: number) => {
  const { docs } = await req.payload.find({
    collection: 'workflow-events',
    where: pointsAt(collection, id, { to: { equals: 'changes_requested' } }),
    sort: '-createdAt',
    limit: 1,
    depth: 1,
    req,
    overrideAccess: true,
  })
  const actor = docs[0]?.actor as StaffUser | number | null | undefined
  return typeof actor === 'object' && actor?.roles?.includes('clinical-reviewer') ? actor.id : null
}

/** Whether the document has a live (published) version, whatever its working draft is. */
export const isLive = async (req: PayloadRequest, collection: CollectionSlug, id: number | string) =>
  (await readDocument(req, collection, id, { draft: false }))?._status === 'published'

/**
 * What the state machine, the configured guards and the gates say about moving `doc` to `to`,
 * without changing anything: the transition itself, and the workflow panel's checklist.
 */
export const evaluateFor = async (
  req: PayloadRequest,
  settings: WorkflowSettings,
  {
    collection,
    doc,
    to,
    actor,
    comment,
    publishAt,
    hasLiveVersion,
  }: {
    collection: CollectionSlug
    doc: WorkflowDocument
    to: WorkflowState
    actor: Actor
    comment?: string
    publishAt?: Date
    /** Whether a version is live, when the caller has read it already (one read for several actions). */
    hasLiveVersion?: boolean
  },
) => {
  const from = (doc.workflowState ?? 'draft') as WorkflowState
  const context: TransitionContext = {
    hasLiveVersion: hasLiveVersion ?? (await isLive(req, collection, doc.id)),
    from,
    to,
    actor,
    lastEditedBy: doc.lastEditedBy as number | string | null,
    comment,
    publishAt,
    now: new Date(),
  }
  const gateGuards: Guard[] = settings.gates.map((gate) => () => gate({ req, collection, doc, from, to }))
  const evaluation = await evaluateTransition(context, [...(settings.guards[to] ?? []), ...gateGuards])
  return { from, context, evaluation }
}

/**
 * Moves a document to another workflow state if the state machine allows it for this user, in one
 * transaction with its audit event; notifies whoever must act next once committed.
 * `actor` defaults to the request's user; jobs pass SYSTEM_ACTOR.
 */
export const transitionDocument = async (
  req: PayloadRequest,
  input: TransitionInput,
  { actor = actorOf(req.user) }: { actor?: Actor } = {},
): Promise<TransitionResult> => {
  const { payload } = req
  const settings = workflowSettings(payload.config)
  if (actor.id === null && !actor.roles.includes('system'))
    throw new WorkflowError('Sign in to change the workflow state.', 401)
  const { collection, id, to, comment, publishAt } = parseInput(req, input)

  const shouldCommit = await initTransaction(req)
  try {
    const doc = await readDocument(req, collection, id, { draft: true })
    if (!doc) throw new WorkflowError(`No ${collection} document with id ${id}.`, 404)

    const { from, context, evaluation } = await evaluateFor(req, settings, {
      collection,
      doc,
      to,
      actor,
      comment,
      publishAt,
    })
    if (!evaluation.allowed) {
      throw new WorkflowError(evaluation.message, evaluation.status, {
        currentState: from,
        roles: actor.roles,
        missing: evaluation.missing,
      })
    }

    const { transition } = evaluation
    const changesLiveVersion = to === 'published' || to === 'archived'
    const data = effectsOf(transition, context, req, settings)
    // Resubmitted after changes: back to the reviewer who asked for them.
    const returnTo =
      from === 'changes_requested' && to === 'in_review' ? await requestedChangesBy(req, collection, id) : null
    if (returnTo) data.assignedTo = returnTo
    const updated: WorkflowDocument = {
      ...(await payload.update({
        collection,
        id,
        data,
        draft: !changesLiveVersion,
        req,
        overrideAccess: true,
        depth: 0,
        context: { workflowTransition: { from, to } },
      })),
    }
    await recordWorkflowEvent(req, { collection, id, from, to, role: actingRole(transition, actor), comment })
    if (returnTo)
      await recordWorkflowEvent(req, {
        collection,
        id,
        from: to,
        to,
        role: 'system',
        kind: 'assignment',
        assignee: returnTo,
        dueAt: data.dueAt as string,
        comment: 'Back to the reviewer who asked for the changes.',
      })
    await releaseEditLock(req, collection, id)
    if (to === 'scheduled') {
      await payload.jobs.queue({ task: 'publishScheduled', input: { collection, id }, waitUntil: publishAt, req })
    }

    if (shouldCommit) await commitTransaction(req)
    if (settings.notify) {
      const notice = { collection, doc: updated, from, to, comment, actor: req.user ?? null }
      await settings
        .notify(payload, notice, req)
        .catch((error: unknown) => payload.logger.error({ err: error, msg: 'Could not send workflow notifications' }))
    }
    return { collection, id, from, state: to, status: (updated._status ?? 'draft') as 'draft' | 'published' }
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}

export { WorkflowError }
