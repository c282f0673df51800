import type { CollectionSlug, PayloadRequest } from 'payload'

import type { WorkflowDocument } from './settings'

/**
 * A document as the workflow reads it, whoever asks: the working draft (`draft: true`) or the live
 * version, at depth 0, in the request's transaction; null when there is none.
 */
export const readDocument = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
  { draft }: { draft: boolean },
): Promise<WorkflowDocument | null> =>
  (await req.payload.findByID({
    collection,
    id,
    draft,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })) as WorkflowDocument | null
