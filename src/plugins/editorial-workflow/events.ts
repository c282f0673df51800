import type { CollectionSlug, PayloadRequest, RequiredDataFromCollectionSlug } from 'payload'

import type { WorkflowState } from './machine'

export type WorkflowEventInput = {
  collection: CollectionSlug
  id: number | string
  from: WorkflowState
  to: WorkflowState
  role: string
  comment?: string
  /** A transition (the default), an assignment of the review stage, or an overdue notice. */
  kind?: 'transition' | 'assignment' | 'overdue'
  assignee?: number | string | null
  dueAt?: string | null
}

/** The generated types list the workflow's collections; `collection` was checked to be one of them. */
type EventDocument = RequiredDataFromCollectionSlug<'workflow-events'>['document']

/** Appends one event to the audit trail, inside the caller's transaction (`req`). */
export const recordWorkflowEvent = (req: PayloadRequest, event: WorkflowEventInput) =>
  req.payload.create({
    collection: 'workflow-events',
    data: {
      document: { relationTo: event.collection as EventDocument['relationTo'], value: Number(event.id) },
      from: event.from,
      to: event.to,
      actor: req.user?.id ?? null,
      role: event.role,
      comment: event.comment?.trim() || undefined,
      kind: event.kind ?? 'transition',
      assignee: event.assignee === undefined || event.assignee === null ? null : Number(event.assignee),
      dueAt: event.dueAt ?? null,
    },
    req,
    overrideAccess: true,
  })
