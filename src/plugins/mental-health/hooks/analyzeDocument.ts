import { analyzeLexical, analyzeText } from '../analysis'
import type { Analysis, AnalysisOptions, ClaimFinding, LanguageFinding } from '../analysis/types'
import { CRISIS_BLOCK_SLUG } from '../defaults'
import { hasBlock } from '../lexicalText'
import type { AnalysedCollection } from '../types'

export type DocumentAnalysis = {
  claims: ClaimFinding[]
  language: (LanguageFinding & { field: string; path?: number[] })[]
  crisisTopic: boolean
  hasCrisisResources: boolean
}

/** Analyses every configured field of a document. */
export const analyzeDocument = (
  doc: Record<string, unknown>,
  target: AnalysedCollection,
  options: AnalysisOptions,
): DocumentAnalysis => {
  const settings = { ...options, kind: target.kind }
  const result: DocumentAnalysis = { claims: [], language: [], crisisTopic: false, hasCrisisResources: false }
  const add = (field: string, analysis: Analysis | ReturnType<typeof analyzeLexical>) => {
    result.claims.push(...analysis.claims)
    result.language.push(...analysis.language.map((finding) => ({ ...finding, field })))
    result.crisisTopic ||= analysis.crisisTopic
  }
  for (const field of target.textFields ?? []) {
    const value = doc[field]
    if (typeof value === 'string' && value.trim()) add(field, analyzeText(value, settings))
  }
  for (const field of target.richTextFields ?? []) {
    // A rich-text field's stored value is Lexical JSON; analyzeLexical reads it defensively.
    add(field, analyzeLexical(doc[field] as never, settings))
    result.hasCrisisResources ||= hasBlock(doc[field], CRISIS_BLOCK_SLUG)
  }
  return result
}
