import type { AnalysisOptions } from '../analysis/types'
import { analyzeDocument, type DocumentAnalysis } from '../hooks/analyzeDocument'
import { reconcileClaims, type ClaimChanges, type StoredClaim } from '../hooks/syncClaims'
import type { AnalysedCollection } from '../types'
import { COMPLIANCE_KEYS, REPORT_KEYS } from './storage'

/** A stored row (main or latest version) as read: analysed fields by name, plus what the report needs. */
export type StoredRow = Record<string, unknown> & { id: number }

/** A claim record as read for a rescan: its text names it in the report. */
export type RecordedClaim = StoredClaim & { text: string }

/** The `compliance` group as the save hook writes it. */
export type Compliance = {
  crisisTopic: boolean
  hasCrisisResources: boolean
  language: DocumentAnalysis['language']
}

export type RescannedRow = { id: number; compliance: Compliance; changed: boolean }

export type BlockingFinding = { field: string; rule: string; text: string }

export type DocumentRescan = {
  id: number
  title: string
  workflowState: string | null
  main: RescannedRow
  /** The latest version, when the document has one: its text is the working copy. */
  latest?: RescannedRow
  claims: ClaimChanges<RecordedClaim>
  /** Blocking language findings in the working copy that were not there before. */
  newBlocking: BlockingFinding[]
  /** Whether the stored findings or the claim records change. */
  changed: boolean
}

/** JSON as PostgreSQL's jsonb gives it back: key order is not kept, so compare with sorted keys. */
const canonical = (value: unknown): string =>
  JSON.stringify(value ?? [], (_key, nested) =>
    nested && typeof nested === 'object' && !Array.isArray(nested)
      ? Object.fromEntries(Object.entries(nested).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : nested,
  )

const complianceOf = (analysis: DocumentAnalysis): Compliance => ({
  crisisTopic: analysis.crisisTopic,
  hasCrisisResources: analysis.hasCrisisResources,
  language: analysis.language,
})

const storedLanguage = (row: StoredRow) => (row[COMPLIANCE_KEYS.language] ?? []) as Compliance['language']

/** Never-analysed rows (null columns) count as having no findings. */
const sameCompliance = (row: StoredRow, fresh: Compliance) =>
  Boolean(row[COMPLIANCE_KEYS.crisisTopic]) === fresh.crisisTopic &&
  Boolean(row[COMPLIANCE_KEYS.hasCrisisResources]) === fresh.hasCrisisResources &&
  canonical(storedLanguage(row)) === canonical(fresh.language)

const blockingKey = (finding: { rule: string; text: string }) => `${finding.rule}|${finding.text.toLowerCase()}`

const newBlockingFindings = (before: Compliance['language'], after: Compliance['language']): BlockingFinding[] => {
  const known = new Set(before.filter((finding) => finding.severity === 'block').map(blockingKey))
  const fresh = new Map<string, BlockingFinding>()
  for (const finding of after) {
    const key = blockingKey(finding)
    if (finding.severity === 'block' && !known.has(key) && !fresh.has(key))
      fresh.set(key, { field: finding.field, rule: finding.rule, text: finding.text })
  }
  return [...fresh.values()]
}

/**
 * Re-analyses one document as the save hooks would: each stored row's findings from its own text,
 * and the claim records from the working copy (the latest version when there is one, which is
 * what `find({ draft: true })` returns and what gets approved).
 */
export const rescanDocument = (
  input: { main: StoredRow; latest?: StoredRow; claims: RecordedClaim[] },
  target: AnalysedCollection,
  options: AnalysisOptions,
): DocumentRescan => {
  const fields = [...(target.textFields ?? []), ...(target.richTextFields ?? [])]
  let last: { text: string; analysis: DocumentAnalysis } | undefined
  const analyse = (row: StoredRow) => {
    const text = JSON.stringify(fields.map((field) => row[field] ?? null))
    // Content never re-drafted since it was published or created is stored twice: analyse it once.
    if (last?.text !== text) last = { text, analysis: analyzeDocument(row, target, options) }
    return last.analysis
  }
  const rescanRow = (row: StoredRow) => {
    const analysis = analyse(row)
    const compliance = complianceOf(analysis)
    return { row: { id: row.id, compliance, changed: !sameCompliance(row, compliance) }, claims: analysis.claims }
  }
  const main = rescanRow(input.main)
  const latest = input.latest ? rescanRow(input.latest) : undefined
  const working = latest ?? main
  const workingRow = input.latest ?? input.main
  const claims = reconcileClaims(working.claims, input.claims)
  const claimsChange = claims.create.length + claims.reopen.length + claims.remove.length > 0
  return {
    id: input.main.id,
    title: String(workingRow[REPORT_KEYS.title] || input.main[REPORT_KEYS.title] || `#${input.main.id}`),
    workflowState: (workingRow[REPORT_KEYS.workflowState] ?? input.main[REPORT_KEYS.workflowState] ?? null) as
      string | null,
    main: main.row,
    latest: latest?.row,
    claims,
    newBlocking: newBlockingFindings(storedLanguage(workingRow), working.row.compliance.language),
    changed: main.row.changed || Boolean(latest?.row.changed) || claimsChange,
  }
}
