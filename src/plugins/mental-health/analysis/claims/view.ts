import { type Sentence, type Token } from '../nlp'
import type { ClaimType } from '../types'

/**
 * What every claim rule shares: the view of a sentence (its text, and its tokens with lemmas,
 * part-of-speech tags and negation, parsed on demand), the rule shape, and helpers over tokens.
 * A rule names the evidence it saw (`reason`, shown to compliance) and how sure it is.
 */
export type Detection = { type: ClaimType; reason: string; confidence: number }

/** A sentence as the rules see it; it is parsed only when a rule first asks for its tokens. */
export type View = {
  readonly sentence: Sentence
  readonly tokens: Token[]
  /** The sentence as written (available without parsing). */
  text: string
  /** Lower-case text with straight quotes, for the few multi-word cues. */
  lower: string
  testimonial: boolean
}

export type Rule = {
  type: ClaimType
  reason: string
  confidence: number
  /** Words (any inflection) without which the rule cannot fire: sentences without them skip it. */
  triggers: Trigger[]
  /** A second set of words the sentence must also have (the rule needs both kinds). */
  requires?: Trigger[]
  test: (view: View) => boolean
}

/** A word list, or a feature of the surface text. */
export type Trigger = Set<string> | string | 'DIGIT' | 'EST' | 'ER'

export const NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens)$/
export const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/

/** A number that counts: not a date, a time, a phone number. */
export const isNumber = (token: Token, previous?: Token, next?: Token) =>
  (token.pos === 'NUM' || /^\d/.test(token.text) || NUMBER_WORD.test(token.lower)) &&
  !MONTH.test(previous?.lower ?? '') &&
  !MONTH.test(next?.lower ?? '') &&
  !/^(?:a\.?m\.?|p\.?m\.?|o'clock)$/.test(next?.lower ?? '') &&
  !/^\d{3}[-.]\d{3}[-.]\d{4}$/.test(token.text) &&
  !/^\d{1,2}:\d\d$/.test(token.text) &&
  !(/^\d+$/.test(token.text) && /^[A-Z]/.test(next?.text ?? '') && next?.pos === 'PROPN')

export const YEAR = /^(?:19|20)\d\d$/
export const AGE_AFTER = /^(?:-?years?-?old|yo|year-old)$/

/** Numbers that count something: not years, ages, phone or crisis-line numbers, list markers, "one of". */
export const countingNumbers = ({ tokens, sentence }: View): number[] => {
  const at: number[] = []
  tokens.forEach((token, index) => {
    if (
      !isNumber(token, tokens[index - 1], tokens[index + 1]) ||
      YEAR.test(token.text) ||
      token.text === '988' ||
      token.text === '911'
    )
      return
    if (token.lower === 'one' || token.lower === 'a') return
    // "A woman, 22, died": an age in apposition.
    if (tokens[index - 1]?.text === ',' && /^[,)]$/.test(tokens[index + 1]?.text ?? '')) return
    if (
      /^(?:employing|employs|employed|employ|hiring|hired|hires|seats|sleeps|beds)$/.test(
        tokens[index - 1]?.lower ?? '',
      )
    )
      return
    // "within 24 hours", "3 sessions": a duration or a schedule, not a count of people.
    if (
      /^(?:hours?|minutes?|days?|weeks?|months?|years?|sessions?|times?|nights?|mg|milligrams?|miles?)$/.test(
        tokens[index + 1]?.lower ?? '',
      )
    )
      return
    const next = tokens[index + 1]?.lower ?? ''
    const rest = sentence.text.slice(token.end - sentence.start, token.end - sentence.start + 14).toLowerCase()
    if (
      AGE_AFTER.test(next) ||
      /^[- ]?(?:years?|months?)[- ]old\b/.test(rest) ||
      /^(?:-star|\.\d-star| stars?\b)/.test(rest)
    )
      return
    if (
      /^(?:call|text|dial|press|ext|week|day|month|session|step|phase|level|grade|stage|chapter|page|room|floor|suite|unit|number|no|#|route|highway|exit|at|ages?|aged|teens|kids|children|adults|grades?|episode|issue|part|volume|season|vol)$/.test(
        tokens[index - 1]?.lower ?? '',
      )
    )
      return
    if (/^\/|\/$/.test(rest) || sentence.text[token.start - sentence.start - 1] === '/') return
    at.push(index)
  })
  return at
}

/** The token's lemma, or its singular when the tagger left a plural as it is (often at a sentence start). */
export const singular = (word: string) => {
  // word.replace(/ies$/, 'y').replace(/(?:s|es)$/, ''), without regular expressions.
  const stem = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word
  if (stem.endsWith('es')) return stem.slice(0, -2)
  return stem.endsWith('s') ? stem.slice(0, -1) : stem
}

const formsOf = (token: Token) =>
  (token.forms ??= [singular(token.lower), token.lower.endsWith('s') ? token.lower.slice(0, -1) : token.lower])

export const lemmaIn = (token: Token | undefined, words: Set<string>) => {
  if (!token) return false
  if (words.has(token.lemma) || words.has(token.lower)) return true
  // Both fallbacks only differ from the word itself when it ends in "s".
  if (!token.lower.endsWith('s')) return false
  const [single, noS] = formsOf(token)
  return words.has(single) || words.has(noS)
}

export const findLemma = (tokens: Token[], words: Set<string>, from = 0, to = tokens.length) => {
  for (let index = Math.max(0, from); index < Math.min(tokens.length, to); index++)
    if (lemmaIn(tokens[index], words) && !tokens[index].negated) return index
  return -1
}

export const near = (tokens: Token[], index: number, words: Set<string>, before: number, after: number) =>
  findLemma(tokens, words, index - before, index + after + 1) !== -1

export const nounNearAny = (tokens: Token[], index: number, before: number, after: number) =>
  tokens.slice(Math.max(0, index - before), index + after + 1).some((token) => /^(?:NOUN|PROPN)$/.test(token.pos))
