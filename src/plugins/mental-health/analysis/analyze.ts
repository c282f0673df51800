import { classifySentence } from './claims'
import { DEFAULT_EXCEPTIONS, DEFAULT_LEXICON } from './lexicon'
import { fingerprint, quotedRanges, sentences } from './text'
import type {
  Analysis,
  AnalysisOptions,
  ClaimFinding,
  LanguageFinding,
  LexicalAnalysis,
  LexiconEntry,
  Severity,
} from './types'

const CRISIS_TOPIC =
  /\b(?:suicid\w*|self[- ]harm\w*|self[- ]injur\w*|overdos\w*|crisis|crises|kill(?:ing)? (?:myself|yourself|themselves|himself|herself)|end (?:my|their|his|her|your) life|want(?:ed)? to die)\b/i

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

type CompiledLexicon = { pattern: RegExp; byPhrase: Map<string, LexiconEntry>; exceptions: RegExp | null }

const phrasePattern = (phrases: string[]) =>
  phrases
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escape(phrase).replace(/\s+/g, '\\s+'))
    .join('|')

const compileCache = new WeakMap<object, CompiledLexicon>()
const DEFAULT_KEY = {}

/** One alternation for the whole lexicon (longest phrases first), so a text is scanned once. */
const compile = (options: AnalysisOptions): CompiledLexicon => {
  const key = options.lexicon || options.exceptions ? options : DEFAULT_KEY
  const cached = compileCache.get(key)
  if (cached) return cached
  const entries = [...DEFAULT_LEXICON, ...(options.lexicon ?? [])]
  const byPhrase = new Map<string, LexiconEntry>()
  for (const entry of entries)
    for (const phrase of entry.patterns) byPhrase.set(phrase.toLowerCase().replace(/\s+/g, ' '), entry)
  const exceptions = [...DEFAULT_EXCEPTIONS, ...(options.exceptions ?? [])]
  const compiled = {
    pattern: new RegExp(`(?<![\\w-])(?:${phrasePattern([...byPhrase.keys()])})(?![\\w-])`, 'gi'),
    byPhrase,
    exceptions: exceptions.length ? new RegExp(`(?<![\\w-])(?:${phrasePattern(exceptions)})(?![\\w-])`, 'gi') : null,
  }
  compileCache.set(key, compiled)
  return compiled
}

const severityOf = (entry: LexiconEntry, overrides: AnalysisOptions['severity']): Severity => {
  if (overrides) {
    if (overrides[entry.rule]) return overrides[entry.rule]
    const prefix = entry.rule.split('/')[0]
    if (overrides[prefix]) return overrides[prefix]
  }
  return entry.severity ?? 'warn'
}

const spansOf = (pattern: RegExp | null, text: string): [number, number][] => {
  if (!pattern) return []
  const spans: [number, number][] = []
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text))
    spans.push([match.index, match.index + match[0].length])
  return spans
}

const within = (start: number, end: number, ranges: [number, number][]) =>
  ranges.some(([from, to]) => start >= from && end <= to)

/** "National Institute on Drug Abuse": capitalised words that do not open a sentence are a name. */
const isProperName = (match: string, text: string, start: number) => {
  if (!match.split(/\s+/).every((word) => /^[A-Z]/.test(word))) return false
  const before = text.slice(0, start).trimEnd()
  return before.length > 0 && !/[.!?:\n"“]$/.test(before)
}

const findLanguage = (text: string, options: AnalysisOptions): LanguageFinding[] => {
  const { pattern, byPhrase, exceptions } = compile(options)
  const skipped = [...quotedRanges(text), ...spansOf(exceptions, text)]
  const findings: LanguageFinding[] = []
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index
    const end = start + match[0].length
    if (within(start, end, skipped) || isProperName(match[0], text, start)) continue
    const entry = byPhrase.get(match[0].toLowerCase().replace(/\s+/g, ' '))
    if (!entry) continue
    const severity = severityOf(entry, options.severity)
    if (severity === 'off') continue
    findings.push({ text: match[0], start, end, rule: entry.rule, severity, suggestion: entry.suggestion })
  }
  return findings
}

const findClaims = (text: string, options: AnalysisOptions): ClaimFinding[] => {
  const testimonial = options.kind === 'testimonial'
  const claims: ClaimFinding[] = []
  for (const sentence of sentences(text)) {
    const type = classifySentence(sentence.text, { testimonial })
    if (type) claims.push({ ...sentence, type, fingerprint: fingerprint(sentence.text) })
  }
  return claims
}

/** Claims, language findings and whether the text touches a crisis topic. Pure and synchronous. */
export const analyzeText = (text: string, options: AnalysisOptions = {}): Analysis => ({
  claims: findClaims(text, options),
  language: findLanguage(text, options),
  crisisTopic: CRISIS_TOPIC.test(text),
})

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
