import { type CollectionBeforeOperationHook } from 'payload'

import { WorkflowError } from '../errors'

const TRANSITION_HINT = 'Use POST /api/<collection>/<id>/transition or the workflowTransition GraphQL mutation.'

export const WORKFLOW_WRITE_RULES = {
  publish: `Publishing goes through the workflow, from approved or scheduled. ${TRANSITION_HINT}`,
  update: `Edits are saved as drafts (draft=true); the live version changes only through the workflow. ${TRANSITION_HINT}`,
  restore: `Old versions are restored as drafts (draft=true) and go through review again. ${TRANSITION_HINT}`,
}

const refuse = (message: string) => new WorkflowError(message, 403)

/**
 * Closes every write path that could publish, unpublish or change live content outside the
 * workflow: REST and GraphQL creates and updates (single and bulk, from the list view too),
 * `draft` query tricks, version restores and Local API calls. Edits are saved as drafts; the live
 * version changes only through a transition.
 */
export const guardWorkflowWrites: CollectionBeforeOperationHook = ({ args, operation, context }) => {
  if (context.workflowTransition || context.workflowBypass) return args
  const { data, draft } = args as { data?: { _status?: unknown }; draft?: boolean }

  if ((operation === 'create' || operation === 'update') && data?._status === 'published')
    throw refuse(WORKFLOW_WRITE_RULES.publish)
  if (operation === 'update' && !draft) throw refuse(WORKFLOW_WRITE_RULES.update)
  if (operation === 'restoreVersion' && !draft) throw refuse(WORKFLOW_WRITE_RULES.restore)
  return args
}
