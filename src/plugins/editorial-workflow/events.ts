import type { PayloadRequest } from 'payload'

import type { WorkflowCollection } from './collections'
import type { WorkflowState } from './machine'

export type WorkflowEventInput = {
  collection: string
  id: number | string
  from: WorkflowState
  to: WorkflowState
  role: string
  comment?: string
}

/** Appends one event to the audit trail, inside the caller's transaction (`req`). */
export const recordWorkflowEvent = (req: PayloadRequest, event: WorkflowEventInput) =>
  req.payload.create({
    collection: 'workflow-events',
    data: {
      document: { relationTo: event.collection as WorkflowCollection, value: Number(event.id) },
      from: event.from,
      to: event.to,
      actor: req.user?.id ?? null,
      role: event.role,
      comment: event.comment?.trim() || undefined,
    },
    req,
    overrideAccess: true,
  })
