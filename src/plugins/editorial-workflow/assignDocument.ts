import { commitTransaction, initTransaction, killTransaction, type CollectionSlug, type PayloadRequest } from 'payload'

import { documentTitle } from './documentTitle'
import { WorkflowError } from './errors'
import { recordWorkflowEvent } from './events'
import { isReviewStage, mayAssign, REVIEW_STAGES, STATE_LABELS, type WorkflowState } from './machine'
import { adminLink } from './notify'
import { readDocument } from './readDocument'
import { isWorkflowCollection, workflowSettings } from './settings'
import { actorOf } from './transitionDocument'

export type AssignmentInput = {
  collection: string
  id: number | string
  /** A user holding the stage's role, or null to unassign. */
  assignee: unknown
  /** An ISO 8601 date; left as it is when absent. */
  dueAt?: unknown
}

type Person = { id: number | string; name?: string | null; email?: string | null; roles?: string[] | null }

const parseId = (value: unknown, what: string) => {
  const id = Number(value)
  if (!Number.isInteger(id) || id <= 0) throw new WorkflowError(`"${String(value)}" is not a valid ${what} id.`, 400)
  return id
}

/** The people who may be assigned a review stage: everyone holding its role. */
export const assignableUsers = async (req: PayloadRequest, stage: WorkflowState): Promise<Person[]> => {
  const role = REVIEW_STAGES[stage]?.role
  if (!role) return []
  const { docs } = await req.payload.find({
    collection: workflowSettings(req.payload.config).usersCollection,
    where: { roles: { contains: role } },
    select: { name: true, email: true, roles: true },
    sort: 'name',
    depth: 0,
    limit: 200,
    req,
    overrideAccess: true,
  })
  return docs.map((user): Person => ({ ...user }))
}

/**
 * Assigns the review stage a document is in to a person who holds its role, with a due date, in one
 * transaction with its audit event; tells the assignee. Content and state are untouched.
 */
export const assignDocument = async (req: PayloadRequest, input: AssignmentInput) => {
  const { payload } = req
  const actor = actorOf(req.user)
  if (actor.id === null) throw new WorkflowError('Sign in to assign a review.', 401)
  if (!isWorkflowCollection(payload.config, input.collection))
    throw new WorkflowError(`"${String(input.collection)}" has no workflow.`, 400)
  const collection = input.collection as CollectionSlug
  const id = parseId(input.id, 'document')
  const assigneeId = input.assignee === null ? null : parseId(input.assignee, 'user')
  let dueAt: string | undefined
  if (input.dueAt !== undefined) {
    const date = new Date(String(input.dueAt))
    if (typeof input.dueAt !== 'string' || Number.isNaN(date.getTime()))
      throw new WorkflowError('"dueAt" must be an ISO 8601 date, e.g. 2027-01-31T17:00:00Z.', 400)
    dueAt = date.toISOString()
  }

  const shouldCommit = await initTransaction(req)
  try {
    const doc = await readDocument(req, collection, id, { draft: true })
    if (!doc) throw new WorkflowError(`No ${collection} document with id ${id}.`, 404)
    const state = (doc.workflowState ?? 'draft') as WorkflowState
    if (!isReviewStage(state))
      throw new WorkflowError(
        `Only a document in clinical or compliance review can be assigned; this one is ${STATE_LABELS[state].toLowerCase()}.`,
        409,
      )
    const { role } = REVIEW_STAGES[state]!
    if (!mayAssign(state, actor))
      throw new WorkflowError(`Only ${role} staff or an admin can assign ${STATE_LABELS[state].toLowerCase()}.`, 403)
    const assignee = assigneeId === null ? null : (await assignableUsers(req, state)).find((u) => u.id === assigneeId)
    if (assignee === undefined) throw new WorkflowError(`User ${assigneeId} is not ${role} staff.`, 400)

    const due = dueAt ?? (doc.dueAt as string | null) ?? null
    await payload.update({
      collection,
      id,
      data: { assignedTo: assigneeId, dueAt: due, overdueNoticeAt: null },
      draft: true,
      req,
      overrideAccess: true,
      depth: 0,
      context: { workflowBypass: 'assignment' },
    })
    await recordWorkflowEvent(req, {
      collection,
      id,
      from: state,
      to: state,
      role: actor.roles.includes(role) ? role : 'admin',
      kind: 'assignment',
      assignee: assigneeId,
      dueAt: due,
      comment: assignee
        ? `Assigned to ${assignee.name ?? assignee.email}${due ? `, due ${due.slice(0, 10)}` : ''}.`
        : 'Unassigned.',
    })
    if (shouldCommit) await commitTransaction(req)

    if (assignee?.email && String(assignee.id) !== String(actor.id)) {
      const title = documentTitle(payload, collection, doc)
      await payload
        .sendEmail({
          to: assignee.email,
          subject: `[Vetted] Assigned to you: ${title}`,
          text: [
            `${(req.user as Person).name ?? 'A colleague'} assigned you ${STATE_LABELS[state].toLowerCase()} of "${title}"${due ? `, due ${new Date(due).toUTCString()}` : ''}.`,
            `\nOpen it: ${adminLink(payload, collection, id)}`,
          ].join('\n'),
        })
        .catch((error: unknown) => payload.logger.error({ err: error, msg: 'Could not send the assignment email' }))
    }
    return { collection, id, state, assignedTo: assigneeId, dueAt: due }
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}
