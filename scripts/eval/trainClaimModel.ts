/**
 * Trains the learned claim model (src/plugins/mental-health/analysis/claims/model/) on labelled
 * documents: every sentence of a document is an example, labelled with the type of the claim it
 * overlaps most, or `none` (claim labels are exhaustive, see the corpus README). A multinomial
 * logistic regression with L2, fitted by AdaGrad in a fixed order, so the same corpus always gives
 * the same weights.
 */
import { CLAIM_TYPES } from '../../src/plugins/mental-health/analysis'
import { softmax, type ClaimModel } from '../../src/plugins/mental-health/analysis/claims/model/classifier'
import { sentenceFeatures } from '../../src/plugins/mental-health/analysis/claims/model/features'
import { sentences } from '../../src/plugins/mental-health/analysis/text'
import type { LabelledDocument } from './corpus'

export const CLASSES = ['none', ...CLAIM_TYPES]

export type Example = { features: string[]; label: number }

export type TrainingOptions = { epochs?: number; rate?: number; l2?: number; minCount?: number; threshold?: number }

export const DEFAULT_THRESHOLD = 0.5

/** One example per sentence of each document. */
export const examplesOf = (documents: LabelledDocument[]): Example[] =>
  documents.flatMap((document) => {
    const gold = document.claims.flatMap((claim) => {
      const start = document.text.indexOf(claim.text)
      return start === -1 ? [] : [{ start, end: start + claim.text.length, label: CLASSES.indexOf(claim.type) }]
    })
    return sentences(document.text).map((span) => {
      let label = 0
      let most = 0
      for (const claim of gold) {
        const overlap = Math.min(span.end, claim.end) - Math.max(span.start, claim.start)
        if (overlap > most) [label, most] = [claim.label, overlap]
      }
      return { features: sentenceFeatures(span.text, document.kind === 'testimonial'), label }
    })
  })

/** Class probabilities under weights still being fitted (the classifier caches a model's rows). */
const probabilitiesUnder = (weights: Record<string, number[]>, features: string[], classes: number): number[] => {
  const scores = new Array<number>(classes).fill(0)
  for (const feature of features) weights[feature].forEach((weight, c) => (scores[c] += weight))
  return softmax(scores)
}

/** A small deterministic generator (mulberry32), so training needs no randomness from outside. */
const seeded = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

/** Fits a multinomial logistic regression to examples whose labels index `classes`; small weights are pruned. */
export const fitSoftmax = (
  examples: Example[],
  classes: number,
  { epochs = 30, rate = 0.3, l2 = 3e-3, minCount = 2 }: TrainingOptions = {},
): Record<string, number[]> => {
  const counts = new Map<string, number>()
  for (const example of examples)
    for (const feature of example.features) counts.set(feature, (counts.get(feature) ?? 0) + 1)
  const kept = examples.map((example) => ({
    ...example,
    features: example.features.filter((feature) => (counts.get(feature) ?? 0) >= minCount),
  }))
  const weights: Record<string, number[]> = {}
  const squares: Record<string, number[]> = {}
  for (const [feature, count] of counts)
    if (count >= minCount) {
      weights[feature] = new Array<number>(classes).fill(0)
      squares[feature] = new Array<number>(classes).fill(1e-8)
    }
  const random = seeded(11)
  const order = kept.map((_, index) => index)
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j], order[i]]
    }
    for (const index of order) {
      const { features, label } = kept[index]
      const probabilities = probabilitiesUnder(weights, features, classes)
      for (const feature of features) {
        const row = weights[feature]
        const square = squares[feature]
        for (let c = 0; c < classes; c++) {
          const gradient = probabilities[c] - (c === label ? 1 : 0) + l2 * row[c]
          square[c] += gradient * gradient
          row[c] -= (rate * gradient) / Math.sqrt(square[c])
        }
      }
    }
  }
  const pruned: Record<string, number[]> = {}
  for (const [feature, row] of Object.entries(weights))
    if (row.some((weight) => Math.abs(weight) >= 0.05)) pruned[feature] = row.map((w) => Math.round(w * 100) / 100)
  return pruned
}

export const trainClaimModel = (documents: LabelledDocument[], options: TrainingOptions = {}): ClaimModel => ({
  classes: CLASSES,
  threshold: options.threshold ?? DEFAULT_THRESHOLD,
  weights: fitSoftmax(examplesOf(documents), CLASSES.length, options),
})
