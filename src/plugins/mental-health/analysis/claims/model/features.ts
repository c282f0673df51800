/**
 * What the learned claim model sees of a sentence: its words reduced to rough stems, word pairs,
 * the rules' word classes (cues.ts), the shape of its numbers and a few facts about the sentence
 * (a question, first person, a hedge, a heading). Surface only, so it costs microseconds and needs
 * no parse.
 */
import * as cues from '../../cues'
import { RULES, triggeredRules } from '../rules'

const WORD = /[a-z]+(?:['’-][a-z]+)*|\d[\d,.]*%?/g

const NUMBER_WORDS = new Set(
  `one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy
  eighty ninety hundred thousand million billion half quarter third dozen`.split(/\s+/),
)
const FUNCTION_WORDS = new Set(
  `^ a an the and or but of to in on at by for with from as is are was were be been it its this that these those
  there their they he she his her we our you your i my me us them who which what than then so if also`.split(/\s+/),
)
const FIRST_PERSON = new Set(['i', 'my', 'me', "i'm", "i've", 'myself', 'we', 'our', 'us'])
const NEGATOR = new Set(['no', 'not', "n't", 'never', 'none', 'nothing', 'without', 'cannot'])
const HEDGE = new Set(['may', 'might', 'could', 'can', 'possibly', 'some', 'often', 'sometimes'])
const FUTURE = new Set(['will', "you'll", "we'll", "it'll", 'going'])

const CUE_CLASSES: [string, Set<string>][] = Object.entries(cues)
  .filter((entry): entry is [string, Set<string>] => entry[1] instanceof Set)
  .map(([name, words]) => [name.toLowerCase(), words])

/** A rough stem: enough to let "patients", "patient's" and "patient" share a weight. */
export const stem = (word: string): string => {
  let w = word.endsWith("'s") ? word.slice(0, -2) : word
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3)
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2)
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1)
  return w.endsWith('e') && w.length > 3 ? w.slice(0, -1) : w
}

const numberShape = (token: string): string => {
  if (token.endsWith('%')) return '<percent>'
  if (/^(?:19|20)\d\d$/.test(token)) return '<year>'
  const value = Number(token.replace(/,/g, ''))
  if (!Number.isFinite(value)) return '<number>'
  return value < 10 ? '<small>' : value < 100 ? '<tens>' : '<large>'
}

const TRIGGER_FEATURES = RULES.map((rule) => `t:${rule.reason}`)

const cueStems = new Map<string, string[]>()
for (const [name, words] of CUE_CLASSES)
  for (const word of words)
    for (const form of new Set([word, stem(word)])) cueStems.set(form, [...(cueStems.get(form) ?? []), name])

/**
 * The features of one sentence, each once. `fired` is the claim rules' triggers on it
 * (rules.ts): a rule whose words are there but whose test failed is still a hint.
 */
export const sentenceFeatures = (
  text: string,
  testimonial: boolean,
  fired: Uint8Array = triggeredRules(text, text.toLowerCase()),
): string[] => {
  const lower = text.toLowerCase().replaceAll('’', "'")
  const words = lower.match(WORD) ?? []
  const features = new Set<string>(['bias'])
  for (let index = 0; index < fired.length; index++) if (fired[index]) features.add(TRIGGER_FEATURES[index])
  const cueNames = new Set<string>()
  const tokens: string[] = []
  for (const word of words) {
    if (/^\d/.test(word)) {
      tokens.push(numberShape(word))
      continue
    }
    const token = NUMBER_WORDS.has(word) ? '<numword>' : stem(word)
    tokens.push(token)
    for (const name of cueStems.get(word) ?? cueStems.get(token) ?? []) cueNames.add(name)
    if (NEGATOR.has(word) || word.endsWith("n't")) features.add('negated')
    if (HEDGE.has(word)) features.add('hedged')
    if (FUTURE.has(word)) features.add('future')
  }
  tokens.forEach((token, index) => {
    features.add(`w:${token}`)
    const previous = index ? tokens[index - 1] : '^'
    // Two function words together ("by a", "and is") say nothing about a claim.
    if (!(FUNCTION_WORDS.has(token) && FUNCTION_WORDS.has(previous))) features.add(`b:${previous}_${token}`)
  })
  if (tokens.length) features.add(`b:${tokens[tokens.length - 1]}_$`)
  const cues = [...cueNames].sort()
  for (let i = 0; i < cues.length; i++) {
    features.add(`c:${cues[i]}`)
    for (let j = i + 1; j < cues.length; j++) features.add(`c:${cues[i]}+${cues[j]}`)
  }
  if (/\?["'”’)]*\s*$/.test(text)) features.add('question')
  if (!/[.!?:;"'”’)]\s*$/.test(text) && words.length < 10) features.add('heading')
  if (FIRST_PERSON.has(words[0] ?? '') || words.some((word) => word === 'i' || word === 'my'))
    features.add('first-person')
  if (testimonial) {
    features.add('testimonial')
    if (features.has('first-person')) features.add('testimonial+first-person')
  }
  features.add(`length:${Math.min(6, Math.floor(words.length / 6))}`)
  return [...features]
}
