import { type CollectionSlug, type Endpoint, type PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { assignableUsers, assignDocument } from './assignDocument'
import { changesEndpoint } from './changes'
import { WorkflowError } from './errors'
import { isReviewStage, liveVersion, mayAssign, STATE_LABELS, transitionsFor, type WorkflowState } from './machine'
import { pointsAt } from './pointsAt'
import type { WorkflowDocument, WorkflowSettings } from './settings'
import { actorOf, evaluateFor, isLive, transitionDocument } from './transitionDocument'

const readJson = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  let body: unknown
  try {
    body = await req.json?.()
  } catch {
    throw new WorkflowError('The request body is not valid JSON. Send {"to": "<state>", "comment": "..."}.', 400)
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new WorkflowError('The request body must be a JSON object: {"to": "<state>", "comment": "..."}.', 400)
  }
  return body as Record<string, unknown>
}

/** POST /api/<collection>/:id/transition  {"to": "<state>", "comment": "...", "publishAt": "<ISO date>"} */
const transitionEndpoint: Endpoint = {
  path: '/:id/transition',
  method: 'post',
  handler: async (req) => {
    const body = await readJson(req)
    const result = await transitionDocument(req, {
      collection: req.routeParams?.collection as string,
      id: String(req.routeParams?.id),
      to: body.to,
      comment: body.comment,
      publishAt: body.publishAt,
    })
    return Response.json(result)
  },
}

/** POST /api/<collection>/:id/assign  {"assignee": <user id> | null, "dueAt": "<ISO date>"} */
const assignEndpoint: Endpoint = {
  path: '/:id/assign',
  method: 'post',
  handler: async (req) => {
    const body = await readJson(req)
    if (!('assignee' in body))
      throw new WorkflowError('Send {"assignee": <user id> or null, "dueAt": "<ISO date>"}.', 400)
    const result = await assignDocument(req, {
      collection: req.routeParams?.collection as string,
      id: String(req.routeParams?.id),
      assignee: body.assignee,
      dueAt: body.dueAt,
    })
    return Response.json(result)
  },
}

type EventActor = { id: number | string; name?: string | null }

const personOf = (value: unknown) =>
  typeof value === 'object' && value ? { id: (value as EventActor).id, name: (value as EventActor).name ?? null } : null

/** The review stage's assignment as the panel shows it, with the people it may go to when the user may assign. */
const assignmentOf = async (req: PayloadRequest, state: WorkflowState, doc: WorkflowDocument) => {
  if (!isReviewStage(state)) return null
  const canAssign = mayAssign(state, actorOf(req.user))
  const dueAt = (doc.dueAt as string | null) ?? null
  const assigneeId = doc.assignedTo ? extractID(doc.assignedTo as EventActor | number) : null
  const people = await assignableUsers(req, state)
  const assignee = people.find((person) => person.id === assigneeId)
  const shown = (person: (typeof people)[number]) => ({ id: person.id, name: person.name ?? person.email ?? null })
  return {
    assignee: assignee ? shown(assignee) : null,
    dueAt,
    overdue: Boolean(dueAt && new Date(dueAt).getTime() < Date.now()),
    canAssign,
    candidates: canAssign ? people.map(shown) : [],
  }
}

/** GET /api/<collection>/:id/workflow: the state, what the signed-in user may do, and the history. */
const workflowInfoEndpoint = (settings: WorkflowSettings): Endpoint => ({
  path: '/:id/workflow',
  method: 'get',
  handler: async (req) => {
    if (!settings.isStaff(req.user))
      throw new WorkflowError('Only signed-in staff can see the workflow.', req.user ? 403 : 401)
    const collection = req.routeParams?.collection as string
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id))
      throw new WorkflowError(`"${String(req.routeParams?.id)}" is not a valid document id.`, 400)
    const doc = (await req.payload.findByID({
      collection: collection as CollectionSlug,
      id,
      draft: true,
      depth: 0,
      req,
      disableErrors: true,
    })) as WorkflowDocument | null
    if (!doc) throw new WorkflowError(`No ${collection} document with id ${id}.`, 404)

    const state = (doc.workflowState ?? 'draft') as WorkflowState
    const actor = actorOf(req.user)
    const hasLiveVersion = await isLive(req, collection as CollectionSlug, id)
    const { docs: history } = await req.payload.find({
      collection: 'workflow-events',
      where: pointsAt(collection, id),
      sort: '-createdAt',
      depth: 1,
      limit: 100,
      req,
    })
    return Response.json({
      state,
      label: STATE_LABELS[state],
      lastEditedBy: doc.lastEditedBy ?? null,
      assignment: await assignmentOf(req, state, doc),
      actions: (
        await Promise.all(
          transitionsFor(state, actor).map(async (t) => {
            // A dry run with the comment and date the panel asks for: what else is missing right now.
            const { context, evaluation } = await evaluateFor(req, settings, {
              hasLiveVersion,
              collection: collection as CollectionSlug,
              doc,
              to: t.to,
              actor,
              comment: t.requiresComment ? 'comment given' : undefined,
              publishAt: t.to === 'scheduled' ? new Date(Date.now() + 86_400_000) : undefined,
            })
            // Taking down a live version is no action at all while nothing is live.
            if (t.guards.includes(liveVersion) && !context.hasLiveVersion) return null
            return {
              to: t.to,
              action: t.action,
              requiresComment: Boolean(t.requiresComment),
              requiresDate: t.to === 'scheduled',
              confirm: t.confirm ?? null,
              missing: evaluation.allowed ? [] : evaluation.missing,
            }
          }),
        )
      ).filter((action) => action !== null),
      history: history.map((event) => {
        const { actor } = event
        return {
          id: event.id,
          from: event.from,
          to: event.to,
          role: event.role,
          kind: event.kind ?? 'transition',
          comment: event.comment ?? null,
          actor: personOf(actor),
          assignee: personOf(event.assignee),
          at: event.createdAt,
        }
      }),
    })
  },
})

export const workflowEndpoints = (settings: WorkflowSettings): Endpoint[] => [
  transitionEndpoint,
  assignEndpoint,
  workflowInfoEndpoint(settings),
  changesEndpoint(settings),
]
