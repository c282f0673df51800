import type { CollectionAfterChangeHook } from 'payload'

import { recordWorkflowEvent } from '../events'

/** An edit that sent reviewed content back to draft is a transition too: it gets its event. */
export const recordReopen: CollectionAfterChangeHook = async ({ collection, context, doc, req }) => {
  const reopened = context.workflowReopened
  if (!reopened) return doc
  delete context.workflowReopened
  await recordWorkflowEvent(req, {
    collection: collection.slug,
    id: doc.id,
    from: reopened.from,
    to: 'draft',
    role: req.user?.roles?.[0] ?? 'system',
    comment: 'Edited after review: back to draft for review again.',
  })
  return doc
}
