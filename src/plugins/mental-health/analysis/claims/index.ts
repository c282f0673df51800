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

const SOURCE_LINE =
  /^\s*\(?(?:sources?|photo|image|credit|references?|citation|via|caption)\b\s*:|^\s*(?:compiled|adapted|excerpted|reprinted) from\b/i
/** In a question only an explicit figure is a claim ("Did you know 1 in 5 adults…?"); the rest is asked, not said. */
const ASKED_FIGURES = new Set([
  'a percentage',
  'a share in words (one in five, a third of)',
  'a count of people or events',
])

const lazyView = (span: Span, testimonial: boolean): View => {
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
    lower: span.text.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"'),
    testimonial,
  }
}

/**
 * The claim a sentence makes, if it makes one; questions and source lines make few. Only the rules
 * its words could fire are tried, and it is parsed only if one of them needs its tokens.
 */
export const detectClaim = (
  span: Span,
  { testimonial = false, fired = triggeredRules(span.text) }: { testimonial?: boolean; fired?: Uint8Array } = {},
): Detection | undefined => {
  if (SOURCE_LINE.test(span.text)) return undefined
  const view = lazyView(span, testimonial)
  const question = /\?["”’')]*\s*$/.test(span.text)
  for (const [index, rule] of RULES.entries()) {
    if (!fired[index]) continue
    if (question && !ASKED_FIGURES.has(rule.reason)) continue
    if (rule.test(view)) return { type: rule.type, reason: rule.reason, confidence: rule.confidence }
  }
  return undefined
}
