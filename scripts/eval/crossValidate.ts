/**
 * How the engine does on writing it has not seen, round by round: the corpus grew in rounds, each
 * written by someone other than the rule author (corpus README). For each round, the claim model
 * is trained on every other document and the round is scored with rules only and with rules and
 * that model. The check set is scored with the model trained on the whole development corpus.
 */
import type { ClaimModel } from '../../src/plugins/mental-health/analysis/claims/model/classifier'
import type { LabelledDocument } from './corpus'
import { scoreDocuments } from './score'
import { trainClaimModel } from './trainClaimModel'

export type Fold = {
  round: string
  documents: number
  rules: { recall: number; precision: number }
  withModel: { recall: number; precision: number }
}

/** team-r5-… → r5; the first round's team-NN-… → r1; gov-… → gov. */
export const roundOf = (id: string) => /^team-(r\d+)-/.exec(id)?.[1] ?? (id.startsWith('gov-') ? 'gov' : 'r1')

const claimRates = (documents: LabelledDocument[], claimModel: ClaimModel | null) => {
  const { recall, precision } = scoreDocuments(documents, { claimModel }).claims
  return { recall, precision }
}

export const crossValidate = (documents: LabelledDocument[], check: LabelledDocument[], threshold?: number): Fold[] => {
  const rounds = [...new Set(documents.map((document) => roundOf(document.id)))].sort()
  const folds = rounds.map((round) => {
    const heldOut = documents.filter((document) => roundOf(document.id) === round)
    const model = trainClaimModel(
      documents.filter((document) => roundOf(document.id) !== round),
      { threshold },
    )
    return {
      round,
      documents: heldOut.length,
      rules: claimRates(heldOut, null),
      withModel: claimRates(heldOut, model),
    }
  })
  if (check.length) {
    const model = trainClaimModel(documents, { threshold })
    folds.push({
      round: 'check',
      documents: check.length,
      rules: claimRates(check, null),
      withModel: claimRates(check, model),
    })
  }
  return folds
}
