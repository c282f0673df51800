import type { AnalysisOptions } from '../analysis/types'

export type RescanProgress = { collection: string; done: number; total: number }

export type RescanOptions = {
  /** Collections to rescan; default: every analysed collection. */
  collections?: string[]
  /** Report only: read everything, write nothing. */
  dryRun?: boolean
  /** Documents per batch: one transaction, a handful of queries. */
  batchSize?: number
  /** Merged into the plugin's analysis options (extra lexicon entries and exceptions, severities). */
  analysis?: AnalysisOptions
  /** Called once counted and after every batch. */
  onProgress?: (progress: RescanProgress) => void
}

export type RescanReport = {
  dryRun: boolean
  collections: string[]
  documents: { scanned: number; changed: number; withLatestVersion: number }
  claims: { added: number; reappeared: number; removed: number; unchanged: number }
  /** Language findings with severity `block` that the working copy did not have before. */
  newBlockingFindings: { collection: string; id: number; title: string; field: string; rule: string; text: string }[]
  /** New pending claims on documents whose next transition they now block. */
  newPendingOnGated: { collection: string; id: number; title: string; state: string; claims: string[] }[]
  elapsedMs: number
  /** Of which re-analysing text (the engine), the rest being the database. */
  analysisMs: number
}
