import type { ClaimModel } from './claims/model/classifier'

export const CLAIM_TYPES = [
  'statistic',
  'promise',
  'authority',
  'comparative',
  'safety-speed',
  'testimonial-outcome',
] as const
export type ClaimType = (typeof CLAIM_TYPES)[number]

/** block: refuses approval until accepted; warn: a notice; info: for review only; off: not reported. */
export type Severity = 'block' | 'warn' | 'info' | 'off'

export type ClaimFinding = {
  text: string
  start: number
  end: number
  type: ClaimType
  /** The evidence the engine saw, in words compliance can read. */
  reason: string
  /** 0 to 1: how sure the rule is that this is a claim. */
  confidence: number
  fingerprint: string
}

export type LanguageFinding = {
  text: string
  start: number
  end: number
  rule: string
  severity: Severity
  suggestion: string
}

export type Analysis = { claims: ClaimFinding[]; language: LanguageFinding[]; crisisTopic: boolean }

/** Lexical findings also say where they are: the index path of their block node from the root. */
export type LexicalAnalysis = {
  claims: (ClaimFinding & { path: number[] })[]
  language: (LanguageFinding & { path: number[] })[]
  crisisTopic: boolean
}

export type LexiconEntry = {
  /** Stable id of the rule, e.g. "person-first/addict". */
  rule: string
  /** Words or phrases to find (case-insensitive, whole words). */
  patterns: string[]
  suggestion: string
  severity?: Severity
}

export type AnalysisOptions = {
  /** Extra lexicon entries (house style). */
  lexicon?: LexiconEntry[]
  /** Words and phrases never to flag (e.g. a program's proper name). */
  exceptions?: string[]
  /** Severity per rule id (or rule-id prefix such as "person-first"). */
  severity?: Record<string, Severity>
  /** Testimonials: first-person outcomes are claims too. */
  kind?: 'article' | 'faq' | 'testimonial'
  /** The learned claim model consulted where no rule fires: `null` for rules only (evaluation). */
  claimModel?: ClaimModel | null
}
