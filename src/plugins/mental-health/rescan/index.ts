import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { AnalysisOptions } from '../analysis/types'
import { analysisSettingsOf, type AnalysisSettings } from '../hooks/syncClaims'
import { readBatch, writeBatch, type Executor, type StoredDocument } from './batch'
import { rescanDocument, type DocumentRescan } from './document'
import { runBatchesInPairs, yieldToEventLoop } from './pipeline'
import { storageOf } from './storage'
import type { RescanOptions, RescanReport } from './types'

export { formatRescanReport } from './formatReport'
export type { RescanOptions, RescanProgress, RescanReport } from './types'

/** Workflow states from which a pending claim blocks the next transition (see the compliance gate). */
const GATED_STATES = new Set(['approved', 'scheduled', 'published'])
/** Documents analysed between two yields to the event loop (a few tens of milliseconds of work). */
const ANALYSE_BETWEEN_YIELDS = 25

const withExtras = (base: AnalysisOptions, extra?: AnalysisOptions): AnalysisOptions => {
  if (!extra) return base
  const lexicon = [...(base.lexicon ?? []), ...(extra.lexicon ?? [])]
  const exceptions = [...(base.exceptions ?? []), ...(extra.exceptions ?? [])]
  return {
    ...base,
    // Left undefined when empty: the engine caches its compiled default lexicon only then.
    lexicon: lexicon.length ? lexicon : undefined,
    exceptions: exceptions.length ? exceptions : undefined,
    severity: base.severity || extra.severity ? { ...base.severity, ...extra.severity } : undefined,
  }
}

const analysedCollections = (payload: Payload): Map<string, AnalysisSettings> =>
  new Map(
    payload.config.collections.flatMap((collection) => {
      const settings = analysisSettingsOf(collection)
      return settings ? [[collection.slug, settings] as const] : []
    }),
  )

const addToReport = (report: RescanReport, collection: string, rescan: DocumentRescan) => {
  const { claims } = rescan
  report.documents.scanned += 1
  if (rescan.changed) report.documents.changed += 1
  if (rescan.latest) report.documents.withLatestVersion += 1
  report.claims.added += claims.create.length + claims.reopen.length
  report.claims.reappeared += claims.reopen.length
  report.claims.removed += claims.remove.length
  report.claims.unchanged += claims.kept.length
  const named = { collection, id: rescan.id, title: rescan.title }
  for (const finding of rescan.newBlocking) report.newBlockingFindings.push({ ...named, ...finding })
  const newPending = [...claims.create.map((claim) => claim.text), ...claims.reopen.map((record) => record.text)]
  if (newPending.length && rescan.workflowState && GATED_STATES.has(rescan.workflowState))
    report.newPendingOnGated.push({ ...named, state: rescan.workflowState, claims: newPending })
}

/**
 * Re-analyses every document of the analysed collections with the current engine and lexicon, as
 * saving would, without saving: the compliance group of each main row and latest version row and
 * the document's claim records are written directly, in batches of `batchSize` documents, one
 * transaction per batch (its rows locked from read to write), two batches in flight.
 * No version is created and `updatedAt`, the workflow state and the last editor stay as they are,
 * because a rescan is not an edit. Safe to run again: a second run finds nothing to change.
 */
export const rescanDocuments = async (payload: Payload, options: RescanOptions = {}): Promise<RescanReport> => {
  const started = performance.now()
  const { dryRun = false, batchSize = 500, onProgress } = options
  const analysed = analysedCollections(payload)
  const slugs = options.collections ?? [...analysed.keys()]
  for (const slug of slugs) {
    if (!analysed.has(slug))
      throw new Error(
        `"${slug}" is not an analysed collection (analysed: ${[...analysed.keys()].join(', ') || 'none, the plugin is disabled'}).`,
      )
  }

  // The adapter's drizzle instance, typed here by the few calls the rescan makes.
  const db = payload.db.drizzle as unknown as Executor & {
    transaction: <T>(work: (tx: Executor) => Promise<T>) => Promise<T>
  }
  const plans = slugs.map((slug) => {
    const { target, options: configured } = analysed.get(slug)!
    return {
      slug,
      target,
      analysis: withExtras(configured, options.analysis),
      storage: storageOf(payload, slug, target),
    }
  })
  const counts = await Promise.all(
    plans.map(async ({ storage }) => {
      const { rows } = await db.execute(
        sql`SELECT count(*)::integer AS "count" FROM ${sql.identifier(storage.main.table)}`,
      )
      return rows[0].count as number
    }),
  )
  const total = counts.reduce((sum, count) => sum + count, 0)

  const report: RescanReport = {
    dryRun,
    collections: slugs,
    documents: { scanned: 0, changed: 0, withLatestVersion: 0 },
    claims: { added: 0, reappeared: 0, removed: 0, unchanged: 0 },
    newBlockingFindings: [],
    newPendingOnGated: [],
    elapsedMs: 0,
    analysisMs: 0,
  }
  onProgress?.({ collection: slugs[0] ?? '', done: 0, total })

  for (const { slug, target, analysis, storage } of plans) {
    const analyse = async (documents: StoredDocument[]) => {
      const rescans: DocumentRescan[] = []
      for (let start = 0; start < documents.length; start += ANALYSE_BETWEEN_YIELDS) {
        const analysing = performance.now()
        for (const document of documents.slice(start, start + ANALYSE_BETWEEN_YIELDS))
          rescans.push(rescanDocument(document, target, analysis))
        report.analysisMs += performance.now() - analysing
        await yieldToEventLoop()
      }
      return rescans
    }
    await runBatchesInPairs(
      (after, onRead) => {
        const scanBatch = async (executor: Executor) => {
          const documents = await readBatch(executor, storage, { after, size: batchSize, lock: !dryRun })
          onRead(documents.length ? documents[documents.length - 1].main.id : null)
          const rescans = await analyse(documents)
          if (!dryRun && rescans.length) await writeBatch(executor, storage, rescans, new Date().toISOString())
          return rescans
        }
        return dryRun ? scanBatch(db) : db.transaction(scanBatch)
      },
      (rescans) => {
        for (const rescan of rescans) addToReport(report, slug, rescan)
        if (rescans.length)
          onProgress?.({
            collection: slug,
            done: report.documents.scanned,
            total: Math.max(total, report.documents.scanned),
          })
      },
    )
  }
  // Batches finish in any order.
  const byDocument = (x: { collection: string; id: number }, y: { collection: string; id: number }) =>
    slugs.indexOf(x.collection) - slugs.indexOf(y.collection) || x.id - y.id
  report.newBlockingFindings.sort(byDocument)
  report.newPendingOnGated.sort(byDocument)
  report.elapsedMs = Math.round(performance.now() - started)
  report.analysisMs = Math.round(report.analysisMs)
  return report
}
