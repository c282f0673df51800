import { analyzeLexical, analyzeText } from '../../src/plugins/mental-health/analysis'
import { forgetRememberedSentences } from '../../src/plugins/mental-health/analysis/analyze'
import { loadDocuments } from '../eval/corpus'

/** Sentences of a typical clinic post: mostly neutral, with claims and language findings mixed in. */
const POOL = [
  'Intensive outpatient programs meet several times a week while you live at home.',
  'Group sessions focus on practical skills for stress and mood.',
  'Research shows that structured group therapy can reduce symptoms for many adults.',
  'Our clients report a 60 percent drop in readmissions after twelve weeks.',
  'Talk with a licensed clinician about which level of care fits your needs.',
  'Some people who suffer from anxiety find evening programs easier to attend.',
  'Treatment is as effective as inpatient care for moderate needs.',
  'If you are thinking about suicide, call or text 988 right away.',
  'Family members can join some sessions to learn how to help.',
  'Most insurance plans cover part of the cost of outpatient care.',
  'Many people notice better sleep in just two weeks.',
  'Sessions are led by licensed therapists with experience in mood disorders.',
]

export const syntheticArticle = (words = 2000) => {
  const paragraphs: string[] = []
  let count = 0
  for (let i = 0; count < words; i++) {
    const paragraph = [POOL[i % POOL.length], POOL[(i * 7 + 3) % POOL.length], POOL[(i * 5 + 1) % POOL.length]].join(
      ' ',
    )
    paragraphs.push(paragraph)
    count += paragraph.split(/\s+/).length
  }
  return paragraphs
}

const lexicalOf = (paragraphs: string[]) => ({
  root: {
    type: 'root',
    children: paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] })),
  },
})

const measure = (run: (iteration: number) => unknown, iterations: number, before: () => void = () => {}) => {
  for (let i = 0; i < Math.min(50, iterations); i++) {
    before()
    run(i)
  }
  const times: number[] = []
  for (let i = 0; i < iterations; i++) {
    before()
    const start = process.hrtime.bigint()
    run(i)
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  times.sort((a, b) => a - b)
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]
  return { median: at(0.5), p95: at(0.95), p99: at(0.99) }
}

/** The labelled corpus (real-style clinic, news, testimonial and government text) cut into 2,000-word pieces. */
const realTextChunks = (words = 2000) => {
  const all = loadDocuments()
    .map((document) => document.text)
    .join('\n')
    .split(/(?<=\s)/)
  const chunks: string[] = []
  for (let at = 0; at + words <= all.length; at += words) chunks.push(all.slice(at, at + words).join(''))
  return chunks
}

export const benchAnalysis = (iterations = 1000) => {
  const paragraphs = syntheticArticle(2000)
  const text = paragraphs.join('\n')
  const lexical = lexicalOf(paragraphs)
  const words = text.split(/\s+/).length
  const findings = analyzeText(text)
  const chunks = realTextChunks()
  const chunk = (i: number) => chunks[i % chunks.length]
  return {
    words,
    claims: findings.claims.length,
    language: findings.language.length,
    chunks: chunks.length,
    /** Every sentence new to the engine: the first save of a new document. */
    cold: measure((i) => analyzeText(chunk(i)), Math.min(iterations, 300), forgetRememberedSentences),
    /** The same text again: an autosave with nothing or little changed. */
    warm: measure((i) => analyzeText(chunk(i)), iterations),
    text: measure(() => analyzeText(text), iterations),
    lexical: measure(() => analyzeLexical(lexical), iterations),
    iterations,
  }
}
