import { anyTriggered, detectClaim, type Detection, lowerText, SOURCE_LINE, triggeredRules } from './claims'
import { classifySentence, type ClaimModel } from './claims/model/classifier'
import { TRAINED_CLAIM_MODEL } from './claims/model/trained'
import { findLanguage } from './language'
import { fingerprint, sentences, type Span } from './text'
import type { Analysis, AnalysisOptions, ClaimFinding, LexicalAnalysis } from './types'

/** Suicide, self-harm, overdose or a crisis, named or described ("better off without me"). */
const CRISIS_TOPIC =
  /\b(?:suicid\w*|self[- ]harm\w*|self[- ]injur\w*|overdos\w*|crisis|crises|kill(?:ing|ed)? (?:myself|yourself|themselves|himself|herself)|end(?:ed|ing)? (?:my|their|his|her|your) (?:own )?life|took (?:my|his|her|their) (?:own )?life|want(?:ed)? to die|better off without (?:me|him|her|them)|(?:hurt|hurting|cut|cutting|harm|harming) (?:myself|himself|herself|themselves)|end it all|(?:no|not any) reason to (?:live|go on)|not (?:want|wanting) to (?:live|be alive|wake up)|988)\b/i

/**
 * Detections by sentence text, newest last: a document is analysed again on every autosave, and
 * most of its sentences have not changed since the last one. Bounded, so memory stays flat.
 */
type Remembered = { detection: Detection | null; fingerprint?: string }
/** By kind: articles and FAQs, testimonials (which count first-person outcomes). */
const remembered = { article: new Map<string, Remembered>(), testimonial: new Map<string, Remembered>() }
const REMEMBERED_SENTENCES = 10_000

/** Forgets every remembered sentence (benchmarks measure the cold path with it). */
export const forgetRememberedSentences = () => {
  remembered.article.clear()
  remembered.testimonial.clear()
}

/** The reason every claim the learned model finds starts with; its evidence follows in brackets. */
export const MODEL_REASON = 'reads like a claim the rules do not name'

const detect = (span: Span, testimonial: boolean, model: ClaimModel | null): Detection | null => {
  const lower = lowerText(span.text)
  const fired = triggeredRules(span.text, lower)
  const byRule = anyTriggered(fired) && detectClaim(span, { testimonial, lower, fired })
  if (byRule) return byRule
  // Headings, bylines and source lines are left to the rules: the model reads sentences.
  const sentence = /[.!]["'”’)]*$/.test(span.text) && span.text.split(/\s+/).length >= 4
  const verdict =
    model && sentence && !SOURCE_LINE.test(span.text) && classifySentence(model, span.text, testimonial, fired)
  if (!verdict) return null
  const evidence = verdict.evidence.length
    ? ` (learned from labelled examples; weighed: ${verdict.evidence.join(', ')})`
    : ''
  return {
    type: verdict.type,
    reason: `${MODEL_REASON}${evidence}`,
    confidence: Math.round(Math.min(0.9, verdict.probability) * 100) / 100,
  }
}

const detectRemembered = (span: Span, testimonial: boolean, model: ClaimModel | null): Remembered => {
  if (model !== TRAINED_CLAIM_MODEL) return { detection: detect(span, testimonial, model) }
  const memory = testimonial ? remembered.testimonial : remembered.article
  const known = memory.get(span.text)
  if (known !== undefined) return known
  const detection = detect(span, testimonial, model)
  if (memory.size >= REMEMBERED_SENTENCES) memory.delete(memory.keys().next().value!)
  const entry = { detection }
  memory.set(span.text, entry)
  return entry
}

/** Sentences are split cheaply; a sentence is parsed only when a rule its words could fire needs it. */
const findClaims = (spans: Span[], options: AnalysisOptions): ClaimFinding[] => {
  const testimonial = options.kind === 'testimonial'
  const model = options.claimModel === undefined ? TRAINED_CLAIM_MODEL : options.claimModel
  const claims: ClaimFinding[] = []
  for (const span of spans) {
    const entry = detectRemembered(span, testimonial, model)
    const detection = entry.detection
    if (!detection) continue
    claims.push({
      text: span.text,
      start: span.start,
      end: span.end,
      type: detection.type,
      reason: detection.reason,
      confidence: detection.confidence,
      fingerprint: (entry.fingerprint ??= fingerprint(span.text)),
    })
  }
  return claims
}

/** Claims, language findings and whether the text touches a crisis topic. Pure and synchronous. */
export const analyzeText = (text: string, options: AnalysisOptions = {}): Analysis => {
  const spans = sentences(text)
  return {
    claims: findClaims(spans, options),
    language: findLanguage(text, options, spans),
    crisisTopic: CRISIS_TOPIC.test(text),
  }
}

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[]; [key: string]: unknown }

const BLOCK_CHILDREN = new Set(['root', 'list'])

const textOf = (node: LexicalNode): string => {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  return (node.children ?? []).map(textOf).join('')
}

/** Leaf blocks (paragraphs, headings, list items, quotes…) with their index path from the root. */
const blocksOf = (node: LexicalNode, path: number[], out: { node: LexicalNode; path: number[] }[]) => {
  ;(node.children ?? []).forEach((child, index) => {
    const childPath = [...path, index]
    const nestedList = child.type === 'listitem' && child.children?.some((c) => c.type === 'list')
    if (BLOCK_CHILDREN.has(child.type ?? '') || nestedList) blocksOf(child, childPath, out)
    else out.push({ node: child, path: childPath })
  })
  return out
}

/** Same as `analyzeText`, per block of a Lexical document; offsets are within the block's text. */
export const analyzeLexical = (
  editorState: { root?: LexicalNode } | null | undefined,
  options: AnalysisOptions = {},
): LexicalAnalysis => {
  const result: LexicalAnalysis = { claims: [], language: [], crisisTopic: false }
  if (!editorState?.root) return result
  for (const { node, path } of blocksOf(editorState.root, [], [])) {
    const text = textOf(node)
    if (!text.trim()) continue
    const analysis = analyzeText(text, options)
    result.claims.push(...analysis.claims.map((claim) => ({ ...claim, path })))
    // Quotations are someone's words: not language findings, still claims.
    if (node.type !== 'quote') result.language.push(...analysis.language.map((finding) => ({ ...finding, path })))
    result.crisisTopic ||= analysis.crisisTopic
  }
  return result
}
