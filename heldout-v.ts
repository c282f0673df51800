import { loadDocuments } from './scripts/eval/corpus'
import { scoreDocuments } from './scripts/eval/score'
const s = scoreDocuments(loadDocuments(process.argv[2]))
console.log('MISSED'); s.missedClaims.forEach((m) => console.log('  ', m.kind, '|', m.text))
console.log('FALSE'); s.falseClaims.forEach((m) => console.log('  ', m.kind, '|', m.text))
console.log('MISSED LANG'); s.missedLanguage.forEach((m) => console.log('  ', m.kind, '|', m.text))
console.log('FALSE LANG'); s.falseLanguage.forEach((m) => console.log('  ', m.kind, '|', m.text))
