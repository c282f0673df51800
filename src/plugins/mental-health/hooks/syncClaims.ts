import type { CollectionAfterChangeHook } from 'payload'

import type { AnalysisOptions } from '../analysis/types'
import type { AnalysedCollection } from '../types'
import { analyzeDocument } from './analyzeDocument'

/**
 * Keeps the `claims` records of a document in step with its text, in the save's transaction:
 * unchanged claims (same fingerprint) keep their decision, new or edited ones start pending, and
 * vanished ones are marked removed (kept for the record).
 */
export const syncClaims =
  (target: AnalysedCollection, options: AnalysisOptions): CollectionAfterChangeHook =>
  async ({ doc, req, collection }) => {
    const found = new Map(analyzeDocument(doc, target, options).claims.map((claim) => [claim.fingerprint, claim]))
    const { docs: existing } = await req.payload.find({
      collection: 'claims',
      where: {
        and: [{ 'document.relationTo': { equals: collection.slug } }, { 'document.value': { equals: doc.id } }],
      },
      depth: 0,
      limit: 0,
      pagination: false,
      req,
      overrideAccess: true,
    })
    const known = new Map(existing.map((claim) => [claim.fingerprint, claim]))

    for (const [fingerprint, claim] of found) {
      const record = known.get(fingerprint)
      if (!record) {
        await req.payload.create({
          collection: 'claims',
          data: {
            document: { relationTo: collection.slug as never, value: doc.id },
            text: claim.text,
            type: claim.type,
            fingerprint,
            status: 'pending',
          },
          req,
          overrideAccess: true,
        })
      } else if (record.status === 'removed') {
        await req.payload.update({
          collection: 'claims',
          id: record.id,
          data: { status: 'pending' },
          req,
          overrideAccess: true,
        })
      }
    }
    for (const record of existing) {
      if (!found.has(record.fingerprint) && record.status !== 'removed') {
        await req.payload.update({
          collection: 'claims',
          id: record.id,
          data: { status: 'removed' },
          req,
          overrideAccess: true,
        })
      }
    }
    return doc
  }
