import { RULES, triggeredRules, detectClaim, lowerText } from '../../src/plugins/mental-health/analysis/claims'
import { analyzeText } from '../../src/plugins/mental-health/analysis'
import { parseSentence } from '../../src/plugins/mental-health/analysis/nlp'
import fs from 'fs'
const kind = process.argv.includes('--t')
for (const s of fs.readFileSync('/tmp/dbg.txt', 'utf8').split('\n').filter(Boolean)) {
  const fired = triggeredRules(s, lowerText(s))
  const trig = RULES.filter((_, i) => fired[i]).map((r) => r.reason.slice(0, 30))
  const d = detectClaim({ text: s, start: 0, end: s.length }, { testimonial: kind })
  const a = analyzeText(s)
  console.log(`\n> ${s}\n  detect: ${d ? d.type + ' / ' + d.reason : '-'}\n  lang: ${a.language.map((l) => l.rule + ':' + l.text).join(', ')}\n  trig: ${trig.join(' | ')}\n  toks: ${parseSentence({ text: s, start: 0, end: s.length }).tokens.map((t) => t.text + '/' + t.pos + '/' + t.lemma).join(' ')}`)
}
