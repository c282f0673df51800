import { loadDocuments } from './scripts/eval/corpus'
import { scoreDocuments } from './scripts/eval/score'
const s = scoreDocuments(loadDocuments(process.argv[2]))
const f = (r: { recall: number; precision: number; gold: number; predicted: number }) => `recall ${r.recall.toFixed(2)} (${r.gold}) precision ${r.precision.toFixed(2)} (${r.predicted})`
console.log('claims', f(s.claims)); for (const [t, r] of Object.entries(s.claimsByType)) console.log('  ', t, f(r))
console.log('language', f(s.language)); for (const [t, r] of Object.entries(s.languageByRule)) console.log('  ', t, f(r))
console.log('crisis', s.crisisTopic, 'errors', s.corpusErrors.length, 'type accuracy', s.typeAccuracy.toFixed(2))
