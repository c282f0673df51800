import type { PayloadRequest } from 'payload'

import { pointsAt } from './pointsAt'

/**
 * A transition hands the document to the next person, so whoever was editing it no longer holds
 * Payload's edit lock: the reviewer who opens it next is not told it is being edited. Should the
 * previous editor keep typing, their next save sends the document back to draft as any edit does.
 */
export const releaseEditLock = async (req: PayloadRequest, collection: string, id: number | string): Promise<void> => {
  await req.payload.delete({
    collection: 'payload-locked-documents',
    where: pointsAt(collection, id),
    req,
    overrideAccess: true,
  })
}
