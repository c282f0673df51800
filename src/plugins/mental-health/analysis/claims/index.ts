import { parseSentence, type Sentence, type Span } from '../nlp'
/**
 * Claim detection: a sentence's triggered rules (rules.ts) are tried in order over a view that parses
 * the sentence only when a rule asks for its tokens. The rules live by family: statistics, authority,
 * comparatives, promises, speed and safety, testimonial outcomes.
 */
import { type Detection, type View } from './view'
import { RULES, triggeredRules } from './rules'

export { anyTriggered, RULES, triggeredRules } from './rules'
export type { Detection } from './view'

export const SOURCE_LINE =
  /^\s*\(?(?:sources?|photo|image|credit|references?|citation|via|caption)\b\s*:|^\s*(?:compiled|adapted|excerpted|reprinted) from\b/i
/** In a question only an explicit figure is a claim ("Did you know 1 in 5 adults…?"); the rest is asked, not said. */
const ASKED_FIGURES = new Set([
  'a percentage',
  'a share in words (one in five, a third of)',
  'a count of people or events',
])

/** Lower case with straight quotes: what the rules' text checks read. */
export const lowerText = (text: string) => {
  const lower = text.toLowerCase()
  return /[‘’“”]/.test(lower) ? lower.replace(/[‘’]/g, "'").replace(/[“”]/g, '"') : lower
}

const lazyView = (span: Span, testimonial: boolean, lower: string): View => {
  let parsed: Sentence | undefined
  const sentence = () => (parsed ??= parseSentence(span))
  return {
    get sentence() {
      return sentence()
    },
    get tokens() {
      return sentence().tokens
    },
    text: span.text,
    lower,
    testimonial,
  }
}

/**
 * The claim a sentence makes, if it makes one; questions and source lines make few. Only the rules
 * its words could fire are tried, and it is parsed only if one of them needs its tokens.
 */
export const detectClaim = (
  span: Span,
  {
    testimonial = false,
    lower = lowerText(span.text),
    fired = triggeredRules(span.text, lower),
  }: { testimonial?: boolean; lower?: string; fired?: Uint8Array } = {},
): Detection | undefined => {
  if (SOURCE_LINE.test(span.text)) return undefined
  const view = lazyView(span, testimonial, lower)
  const question = /\?["”’')]*\s*$/.test(span.text)
  for (const [index, rule] of RULES.entries()) {
    if (!fired[index]) continue
    if (question && !ASKED_FIGURES.has(rule.reason)) continue
    if (rule.test(view)) return { type: rule.type, reason: rule.reason, confidence: rule.confidence }
  }
  return undefined
}
