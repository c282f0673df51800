/**
 * `npm run train:claims`: fits the learned claim model on the development corpus
 * (tests/fixtures/corpus/documents; never on the check set) and writes its weights beside the
 * classifier. Run it after the corpus changes; `npm run eval:analysis -- --cross` says how it
 * generalises.
 */
import fs from 'fs'
import path from 'path'

import { projectRoot } from '../src/lib/paths'
import { loadDocuments } from './eval/corpus'
import { trainClaimModel } from './eval/trainClaimModel'

const target = path.join(projectRoot, 'src/plugins/mental-health/analysis/claims/model/weights.json')
const model = trainClaimModel(loadDocuments())
fs.writeFileSync(target, `${JSON.stringify(model)}\n`)
console.log(
  `Trained on the development corpus: ${Object.keys(model.weights).length} features, threshold ${model.threshold}; ` +
    `wrote ${path.relative(projectRoot, target)} (${Math.round(fs.statSync(target).size / 1024)} KB).`,
)
