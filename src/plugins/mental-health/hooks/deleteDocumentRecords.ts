import type { CollectionAfterDeleteHook } from 'payload'

import { pointsAt } from '../pointsAt'

/** The plugin's records about one document: its claims and the findings compliance accepted. */
const RECORDS = ['claims', 'finding-acceptances'] as const

/**
 * A deleted document takes its claims and finding acceptances with it, in the same transaction:
 * left behind they would stay pending forever, count on the compliance dashboard, and could be
 * neither updated nor deleted (their required document is gone).
 */
export const deleteDocumentRecords: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  req.context.deletingDocumentRecords = true
  for (const records of RECORDS) {
    await req.payload.delete({
      collection: records,
      where: pointsAt(collection.slug, id),
      overrideAccess: true,
      req,
    })
  }
}

declare module 'payload' {
  interface RequestContext {
    /** Set while a deleted document's records go with it: lets append-only records be removed. */
    deletingDocumentRecords?: boolean
  }
}
