/**
 * A learned second opinion for sentences no rule explains: a multinomial logistic regression over
 * surface features (features.ts), trained on the labelled corpus by `npm run train:claims`. Rules
 * name what they saw; the model catches the phrasings no rule was written for.
 */
import { CLAIM_TYPES, type ClaimType } from '../../types'
import { sentenceFeatures, stem } from './features'

export type ClaimModel = {
  /** `none` first, then the claim types, in the order of each weight row. */
  classes: string[]
  /** The probability of "some claim" at or above which the model reports one. */
  threshold: number
  /** Feature → one weight per class. */
  weights: Record<string, number[]>
}

export type ModelVerdict = {
  type: ClaimType
  /** The probability that the sentence makes some claim. */
  probability: number
  /** The words that weighed most for the verdict, for the reason compliance reads. */
  evidence: string[]
}

const isClaimType = (value: string): value is ClaimType => (CLAIM_TYPES as readonly string[]).includes(value)

/** A word or word pair feature as the words the sentence has ("peopl" → "people"); others are not shown. */
const readableIn = (text: string) => {
  const words = new Map<string, string>()
  for (const word of text.toLowerCase().match(/[a-z]+(?:['’-][a-z]+)*/g) ?? [])
    if (!words.has(stem(word))) words.set(stem(word), word)
  return (feature: string): string | undefined => {
    const [kind, body] = [feature.slice(0, 2), feature.slice(2)]
    if (kind !== 'w:' && kind !== 'b:') return undefined
    const parts = body.split('_').map((part) => words.get(part))
    return parts.every(Boolean) ? `"${parts.join(' ')}"` : undefined
  }
}

const rowsByModel = new WeakMap<ClaimModel, Map<string, Float64Array>>()

/** The weights as a Map of typed rows, built once per model: a plain object of thousands of keys is slow to read. */
const rowsOf = (model: ClaimModel) => {
  let rows = rowsByModel.get(model)
  if (!rows) {
    rows = new Map(Object.entries(model.weights).map(([feature, row]) => [feature, Float64Array.from(row)]))
    rowsByModel.set(model, rows)
  }
  return rows
}

/** Scores to probabilities, in place. */
export const softmax = (scores: number[]): number[] => {
  const top = Math.max(...scores)
  let total = 0
  for (let c = 0; c < scores.length; c++) total += scores[c] = Math.exp(scores[c] - top)
  for (let c = 0; c < scores.length; c++) scores[c] /= total
  return scores
}

/** Class probabilities of a sentence under a model. */
export const classProbabilities = (model: ClaimModel, features: string[]): number[] => {
  const rows = rowsOf(model)
  const classes = model.classes.length
  const scores = new Array<number>(classes).fill(0)
  for (const feature of features) {
    const row = rows.get(feature)
    if (row) for (let c = 0; c < classes; c++) scores[c] += row[c]
  }
  return softmax(scores)
}

/** The model's verdict on one sentence, when it reads as a claim. */
export const classifySentence = (
  model: ClaimModel,
  text: string,
  testimonial: boolean,
  fired?: Uint8Array,
): ModelVerdict | undefined => {
  const features = sentenceFeatures(text, testimonial, fired)
  const probabilities = classProbabilities(model, features)
  const probability = 1 - probabilities[0]
  if (probability < model.threshold) return undefined
  let best = 1
  for (let c = 2; c < probabilities.length; c++) if (probabilities[c] > probabilities[best]) best = c
  const type = model.classes[best]
  if (!isClaimType(type)) return undefined
  const readable = readableIn(text)
  const rows = rowsOf(model)
  const evidence = features
    .map((feature) => ({ feature, weight: (rows.get(feature)?.[best] ?? 0) - (rows.get(feature)?.[0] ?? 0) }))
    .filter(({ weight }) => weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .map(({ feature }) => readable(feature))
    .filter((words): words is string => Boolean(words))
    .slice(0, 3)
  return { type, probability, evidence }
}
