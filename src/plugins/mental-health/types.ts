import type { AnalysisOptions, LexiconEntry, Severity } from './analysis/types'

export type AnalysedCollection = {
  /** Rich text (Lexical) fields to analyse. */
  richTextFields?: string[]
  /** Plain text fields to analyse (title, question, quote…). */
  textFields?: string[]
  /** Testimonials get consent records and first-person outcome claims. */
  kind: NonNullable<AnalysisOptions['kind']>
  /** Add the read-only `jsonLd` field (schema.org MedicalWebPage). */
  jsonLd?: boolean
}

export type CrisisResource = { label: string; detail: string; href?: string }

/** Options of `mentalHealthContent()`. */
export type MentalHealthPluginOptions = {
  /** Collections to analyse, by slug. Default: articles, faqs and testimonials as in Vetted. */
  collections?: Record<string, AnalysedCollection>
  /** Extra lexicon entries (house style). */
  lexicon?: LexiconEntry[]
  /** Words and phrases never to flag. */
  exceptions?: string[]
  /** Severity per rule id or prefix, e.g. `{ 'person-first': 'block', 'stigma/slur': 'off' }`. */
  severity?: Record<string, Severity>
  /** Default lines of the crisis resources global (editable in the admin afterwards). */
  crisisResources?: CrisisResource[]
  /** Keep the schema (collections and fields) but stop analysing and gating. */
  disabled?: boolean
}
