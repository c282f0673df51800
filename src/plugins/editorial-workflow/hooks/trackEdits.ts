import type { CollectionBeforeChangeHook } from 'payload'

import { WORKFLOW_MANAGED_FIELDS } from '../fields'
import { REOPENED_BY_EDIT, type WorkflowState } from '../machine'

const storedWorkflowFields = (doc: Record<string, unknown> | undefined) =>
  Object.fromEntries(WORKFLOW_MANAGED_FIELDS.map((name) => [name, doc?.[name] ?? null]))

/** Top-level fields whose value this write changes (the workflow's own and timestamps aside). */
const changedFields = (data: Record<string, unknown>, originalDoc: Record<string, unknown> | undefined) =>
  Object.keys(data).filter(
    (key) =>
      !(WORKFLOW_MANAGED_FIELDS as readonly string[]).includes(key) &&
      !['id', '_status', 'updatedAt', 'createdAt'].includes(key) &&
      JSON.stringify(data[key] ?? null) !== JSON.stringify(originalDoc?.[key] ?? null),
  )

/**
 * On every write that is not a transition: keep the workflow's fields as stored (whatever the
 * client sent), remember who edited (four-eyes), and send reviewed content back to draft so it is
 * reviewed again. For published content the edit is a draft version: the live one is untouched.
 */
export const trackEdits =
  (anyState: string[] = []): CollectionBeforeChangeHook =>
  ({ data, operation, originalDoc, req, context }) => {
    if (context.workflowTransition || context.workflowBypass) return data
    const editor = req.user?.id ?? null

    if (operation === 'create') {
      // Also catches copies: duplicating published content gives an unpublished draft.
      return {
        ...data,
        ...storedWorkflowFields(undefined),
        _status: 'draft',
        workflowState: 'draft',
        reviewOverdue: false,
        lastEditedBy: editor,
      }
    }

    const stored = storedWorkflowFields(originalDoc)
    const current = (stored.workflowState ?? 'draft') as WorkflowState
    // A record about the document (revoked consent), not an edit of it: no review is undone.
    const changed = changedFields(data, originalDoc)
    if (anyState.length && changed.length && changed.every((key) => anyState.includes(key)))
      return { ...data, ...stored }
    const next: WorkflowState = REOPENED_BY_EDIT.includes(current) ? 'draft' : current
    if (next !== current) context.workflowReopened = { from: current }
    return { ...data, ...stored, workflowState: next, lastEditedBy: editor ?? stored.lastEditedBy }
  }
