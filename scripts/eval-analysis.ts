/**
 * `npm run eval:analysis [-- --verbose]`: recall and precision of the analysis engine on the
 * project's labelled corpus (tests/fixtures/corpus/), per claim type, claim rule and language rule
 * family, and the crisis screening of reader comments. `--verbose` lists every miss and false alarm.
 */
import fs from 'fs'
import path from 'path'

import { corpusDir, loadComments, loadDocuments } from './eval/corpus'
import { crossValidate } from './eval/crossValidate'
import { scoreComments, scoreDocuments, type Rate } from './eval/score'

const verbose = process.argv.includes('--verbose')
const pct = (value: number) => value.toFixed(2)
const row = (name: string, rate: Rate) =>
  `| ${name} | ${rate.gold} | ${rate.found} | ${pct(rate.recall)} | ${rate.predicted} | ${pct(rate.precision)} |`
const table = (title: string, rates: Record<string, Rate>, total?: Rate) =>
  [
    `\n${title}`,
    '| | gold | found | recall | predicted | precision |',
    '| --- | --- | --- | --- | --- | --- |',
    ...Object.entries(rates).map(([name, rate]) => row(name, rate)),
    ...(total ? [row('**all**', total)] : []),
  ].join('\n')

const documents = loadDocuments()
const score = scoreDocuments(documents)
console.log(`Corpus: ${documents.length} documents, median analysis ${score.medianMs.toFixed(2)} ms per document.`)
console.log(table('Claims by type', score.claimsByType, score.claims))
console.log(`Claim type right when found: ${pct(score.typeAccuracy)}`)
console.log(table('Claims by rule (precision only)', score.claimsByReason))
console.log(table('Language by rule family', score.languageByRule, score.language))
console.log(`\nCrisis topic right on ${score.crisisTopic.correct} of ${score.crisisTopic.total} documents.`)
console.log(`Hard negatives flagged: ${score.negativesFlagged.length}.`)

const comments = scoreComments(loadComments())
console.log(
  `\nReader comments: crisis recall ${pct(comments.crisisRecall)} (${comments.crisis - comments.missed.length}/${comments.crisis}), ` +
    `calm comments flagged ${pct(comments.calmFlagRate)} (${comments.falseAlarms.length}/${comments.calm}).`,
)

const checkDir = path.join(corpusDir, 'check')
const checkDocuments = fs.existsSync(checkDir) ? loadDocuments(checkDir) : []
const check = checkDocuments.length ? scoreDocuments(checkDocuments) : undefined
if (check) {
  console.log('\nUnseen check set (tests/fixtures/corpus/check: scored, never tuned on):')
  console.log(table('Claims by type', check.claimsByType, check.claims))
  console.log(table('Language by rule family', check.languageByRule, check.language))
  console.log(`\nCrisis topic right on ${check.crisisTopic.correct} of ${check.crisisTopic.total} documents.`)
}

if (process.argv.includes('--cross')) {
  const thresholdArg = process.argv.find((arg) => arg.startsWith('--threshold='))
  const folds = crossValidate(documents, checkDocuments, thresholdArg ? Number(thresholdArg.split('=')[1]) : undefined)
  console.log('\nClaims on each round when it is left out of the model (rules were tuned on every round but check):')
  console.log('| round | documents | rules recall / precision | rules + model recall / precision |')
  console.log('| --- | --- | --- | --- |')
  for (const fold of folds)
    console.log(
      `| ${fold.round} | ${fold.documents} | ${pct(fold.rules.recall)} / ${pct(fold.rules.precision)} | ` +
        `${pct(fold.withModel.recall)} / ${pct(fold.withModel.precision)} |`,
    )
}

if (score.corpusErrors.length || check?.corpusErrors.length)
  console.log(
    `\nCorpus errors:\n${[...score.corpusErrors, ...(check?.corpusErrors ?? [])].map((e) => `  ${e}`).join('\n')}`,
  )
if (verbose) {
  const list = (title: string, items: { document?: string; text: string; kind: string }[]) =>
    items.length &&
    console.log(`\n${title}:\n${items.map((i) => `  [${i.kind}] ${i.document ?? ''}: ${i.text}`).join('\n')}`)
  list('Missed claims', score.missedClaims)
  list('False claims', score.falseClaims)
  list('Missed language', score.missedLanguage)
  list('False language', score.falseLanguage)
  list('Hard negatives flagged', score.negativesFlagged)
  list('Missed crisis comments', comments.missed)
  list('Calm comments flagged', comments.falseAlarms)
}
process.exit(score.corpusErrors.length || check?.corpusErrors.length ? 1 : 0)
