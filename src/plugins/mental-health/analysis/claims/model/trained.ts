import type { ClaimModel } from './classifier'
import weights from './weights.json'

/** The model `npm run train:claims` fitted on the development corpus (tests/fixtures/corpus/documents). */
export const TRAINED_CLAIM_MODEL = weights as ClaimModel
