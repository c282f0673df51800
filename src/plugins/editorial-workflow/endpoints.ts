import { APIError, type Endpoint, type PayloadHandler, type PayloadRequest } from 'payload'

import type { User } from '@/payload-types'

import { isStaffUser } from '@/access/roles'

import { STATE_LABELS, transitionsFor, type WorkflowState } from './machine'
import { transitionDocument, type WorkflowGuards } from './transitionDocument'
import { pointsAt } from '@/lib/pointsAt'

const errorResponse = (message: string, status: number, data?: unknown) =>
  Response.json({ errors: [{ message, ...(data ? { data } : {}) }] }, { status })

const readJson = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  let body: unknown
  try {
    body = await req.json?.()
  } catch {
    throw new APIError(
      'The request body is not valid JSON. Send {"to": "<state>", "comment": "..."}.',
      400,
      undefined,
      true,
    )
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new APIError(
      'The request body must be a JSON object: {"to": "<state>", "comment": "..."}.',
      400,
      undefined,
      true,
    )
  }
  return body as Record<string, unknown>
}

const handleErrors =
  (handler: PayloadHandler): PayloadHandler =>
  async (req) => {
    try {
      return await handler(req)
    } catch (error) {
      if (error instanceof APIError && error.status < 500) return errorResponse(error.message, error.status, error.data)
      throw error
    }
  }

/** POST /api/<collection>/:id/transition  {"to": "<state>", "comment": "...", "publishAt": "<ISO date>"} */
const transitionEndpoint = (collection: string, guards: WorkflowGuards): Endpoint => ({
  path: '/:id/transition',
  method: 'post',
  handler: handleErrors(async (req) => {
    const body = await readJson(req)
    const result = await transitionDocument(
      req,
      { collection, id: String(req.routeParams?.id), to: body.to, comment: body.comment, publishAt: body.publishAt },
      { guards },
    )
    return Response.json(result)
  }),
})

/** GET /api/<collection>/:id/workflow: the state, what the signed-in user may do, and the history. */
const workflowInfoEndpoint = (collection: string): Endpoint => ({
  path: '/:id/workflow',
  method: 'get',
  handler: handleErrors(async (req) => {
    if (!isStaffUser(req.user)) return errorResponse('Only signed-in staff can see the workflow.', req.user ? 403 : 401)
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id)) return errorResponse(`"${String(req.routeParams?.id)}" is not a valid document id.`, 400)
    const doc = await req.payload.findByID({
      collection: collection as 'articles',
      id,
      draft: true,
      depth: 0,
      req,
      disableErrors: true,
    })
    if (!doc) return errorResponse(`No ${collection} document with id ${id}.`, 404)

    const state = (doc.workflowState ?? 'draft') as WorkflowState
    const user = req.user as User
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
      actions: transitionsFor(state, { id: user.id, roles: user.roles ?? [] }).map((t) => ({
        to: t.to,
        action: t.action,
        requiresComment: Boolean(t.requiresComment),
        requiresDate: t.to === 'scheduled',
      })),
      history: history.map((event) => ({
        id: event.id,
        from: event.from,
        to: event.to,
        role: event.role,
        comment: event.comment ?? null,
        actor: typeof event.actor === 'object' && event.actor ? { id: event.actor.id, name: event.actor.name } : null,
        at: event.createdAt,
      })),
    })
  }),
})

export const workflowEndpoints = (collection: string, guards: WorkflowGuards = {}): Endpoint[] => [
  transitionEndpoint(collection, guards),
  workflowInfoEndpoint(collection),
]
