/**
 * Detection quality on the project's labelled development corpus (tests/fixtures/corpus/), the same
 * numbers `npm run eval:analysis` prints. The floors sit a little under what the engine reaches, so
 * a change that makes detection worse fails here; the real measure is an independent held-out set.
 * The corpus includes rounds first used as unseen checks, which the engine still misses parts of.
 */
import path from 'path'
import { describe, expect, it } from 'vitest'

import { TRAINED_CLAIM_MODEL } from '@/plugins/mental-health/analysis/claims/model/trained'

import { corpusDir, loadComments, loadDocuments } from '../../scripts/eval/corpus'
import { roundOf } from '../../scripts/eval/crossValidate'
import { scoreComments, scoreDocuments } from '../../scripts/eval/score'
import { trainClaimModel } from '../../scripts/eval/trainClaimModel'

const documents = loadDocuments()
const score = scoreDocuments(documents)
const list = (items: { document?: string; text: string; kind: string }[]) =>
  items.map((item) => `[${item.kind}] ${item.document ?? ''}: ${item.text}`).join('\n')

describe('the labelled corpus', () => {
  it('is large enough to measure and every label is found in its text', () => {
    expect(documents.length).toBeGreaterThanOrEqual(40)
    expect(score.claims.gold + score.language.gold).toBeGreaterThanOrEqual(400)
    expect(score.corpusErrors).toEqual([])
  })
})

describe('claims', () => {
  it('are found (recall ≥ 0.90) without crying wolf (precision ≥ 0.92)', () => {
    expect(score.claims.recall, list(score.missedClaims)).toBeGreaterThanOrEqual(0.9)
    expect(score.claims.precision, list(score.falseClaims)).toBeGreaterThanOrEqual(0.92)
  })

  it('are found for every type (recall ≥ 0.75 each)', () => {
    for (const [type, rate] of Object.entries(score.claimsByType))
      expect(rate.recall, type).toBeGreaterThanOrEqual(0.75)
  })

  it('get the type a reviewer gives them, mostly', () => {
    expect(score.typeAccuracy).toBeGreaterThanOrEqual(0.8)
  })
})

describe('the learned claim model', () => {
  it('is the one the corpus trains (run `npm run train:claims` after changing the corpus)', () => {
    expect(JSON.parse(JSON.stringify(trainClaimModel(documents)))).toEqual(TRAINED_CLAIM_MODEL)
  })

  it('finds claims in writing it was not trained on that the rules miss, without crying wolf', () => {
    // A round of the corpus left out of training stands in for unseen writing.
    for (const round of ['r3', 'r7']) {
      const leftOut = documents.filter((document) => roundOf(document.id) === round)
      const model = trainClaimModel(documents.filter((document) => roundOf(document.id) !== round))
      const fold = scoreDocuments(leftOut, { claimModel: model }).claims
      expect(fold.recall, round).toBeGreaterThanOrEqual(0.92)
      expect(fold.precision, round).toBeGreaterThanOrEqual(0.85)
    }
    // The check set is never trained or tuned on, and changes each round: no fixed floor, but the
    // model must add to what the rules find there.
    const check = loadDocuments(path.join(corpusDir, 'check'))
    expect(check.length).toBeGreaterThan(0)
    const rulesOnly = scoreDocuments(check, { claimModel: null }).claims
    const withModel = scoreDocuments(check).claims
    expect(withModel.recall).toBeGreaterThan(rulesOnly.recall)
    expect(withModel.precision).toBeGreaterThanOrEqual(0.75)
  })
})

describe('language', () => {
  it('is found (recall ≥ 0.96) with precision ≥ 0.93', () => {
    expect(score.language.recall, list(score.missedLanguage)).toBeGreaterThanOrEqual(0.96)
    expect(score.language.precision, list(score.falseLanguage)).toBeGreaterThanOrEqual(0.93)
  })
})

describe('crisis topic', () => {
  it('is right on almost every document', () => {
    expect(score.crisisTopic.correct / score.crisisTopic.total).toBeGreaterThanOrEqual(0.95)
  })
})

describe('reader comments', () => {
  const comments = scoreComments(loadComments())

  it('recognise every comment from a person in crisis, flagging at most 1 calm comment in 10', () => {
    expect(comments.crisis).toBeGreaterThanOrEqual(100)
    expect(comments.crisisRecall, comments.missed.map((c) => c.text).join('\n')).toBe(1)
    expect(comments.calmFlagRate, comments.falseAlarms.map((c) => c.text).join('\n')).toBeLessThanOrEqual(0.1)
  })
})
