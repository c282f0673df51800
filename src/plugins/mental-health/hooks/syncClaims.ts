import type { CollectionAfterChangeHook, CollectionConfig } from 'payload'

import { pointsAt } from '../pointsAt'

import type { AnalysisOptions, ClaimFinding } from '../analysis/types'
import type { AnalysedCollection } from '../types'
import { analyzeDocument } from './analyzeDocument'
import { analysisKey } from './recordAnalysis'

/** The part of a stored claim record that reconciling needs. */
export type StoredClaim = { id: number | string; fingerprint: string; status: string }

export type ClaimChanges<T extends StoredClaim = StoredClaim> = {
  /** Found for the first time: new records, pending. */
  create: ClaimFinding[]
  /** Found again after they had vanished: pending again. */
  reopen: T[]
  /** No longer in the text: marked removed (kept for the record). */
  remove: T[]
  /** Found again with the same fingerprint: they keep their decision. */
  kept: T[]
}

/**
 * The rules that keep a document's claim records in step with its text, shared by the save hook
 * and `npm run rescan`: unchanged claims (same fingerprint) keep their decision, new or edited ones
 * start pending, vanished ones are marked removed.
 */
export const reconcileClaims = <T extends StoredClaim>(findings: ClaimFinding[], existing: T[]): ClaimChanges<T> => {
  const found = new Map(findings.map((claim) => [claim.fingerprint, claim]))
  const known = new Map(existing.map((claim) => [claim.fingerprint, claim]))
  const changes: ClaimChanges<T> = { create: [], reopen: [], remove: [], kept: [] }
  for (const [fingerprint, claim] of found) {
    const record = known.get(fingerprint)
    if (!record) changes.create.push(claim)
    else if (record.status === 'removed') changes.reopen.push(record)
    else changes.kept.push(record)
  }
  for (const record of existing) {
    if (!found.has(record.fingerprint) && record.status !== 'removed') changes.remove.push(record)
  }
  return changes
}

const ANALYSIS = Symbol.for('vetted.mental-health.analysis')

export type AnalysisSettings = { target: AnalysedCollection; options: AnalysisOptions }

/**
 * The fields and options a collection's saves are analysed with, read from its claims hook, so a
 * rescan uses exactly what saving does; undefined when the collection is not analysed (or the
 * plugin is disabled).
 */
export const analysisSettingsOf = (collection: CollectionConfig): AnalysisSettings | undefined => {
  for (const hook of collection.hooks?.afterChange ?? []) {
    const settings = (hook as { [ANALYSIS]?: AnalysisSettings })[ANALYSIS]
    if (settings) return settings
  }
  return undefined
}

/**
 * Keeps the `claims` records of a document in step with its text, in the save's transaction
 * (see `reconcileClaims`).
 */
export const syncClaims = (target: AnalysedCollection, options: AnalysisOptions): CollectionAfterChangeHook => {
  const hook: CollectionAfterChangeHook = async ({ doc, req, collection, context, operation }) => {
    const analyses = context.mentalHealthAnalyses
    const key = analysisKey(collection.slug, operation === 'create' ? undefined : doc.id)
    const analysis = analyses?.get(key) ?? analyzeDocument(doc, target, options)
    analyses?.delete(key)
    const { docs: existing } = await req.payload.find({
      collection: 'claims',
      where: pointsAt(collection.slug, doc.id),
      depth: 0,
      limit: 0,
      pagination: false,
      req,
      overrideAccess: true,
    })
    const changes = reconcileClaims(analysis.claims, existing)

    for (const claim of changes.create) {
      await req.payload.create({
        collection: 'claims',
        data: {
          // The plugin cannot name the app's union of analysed collections; the slug is one of them.
          document: { relationTo: collection.slug as never, value: doc.id },
          text: claim.text,
          type: claim.type,
          reason: claim.reason,
          confidence: claim.confidence,
          fingerprint: claim.fingerprint,
          status: 'pending',
        },
        req,
        overrideAccess: true,
      })
    }
    const setStatus = (id: number, status: 'pending' | 'removed') =>
      req.payload.update({ collection: 'claims', id, data: { status }, req, overrideAccess: true })
    for (const record of changes.reopen) await setStatus(record.id, 'pending')
    for (const record of changes.remove) await setStatus(record.id, 'removed')
    return doc
  }
  return Object.assign(hook, { [ANALYSIS]: { target, options } satisfies AnalysisSettings })
}
