/**
 * `npm run analyze -- <file.md|file.html|-> [--pretty]`
 * Prints the claims, language findings and crisis topic of a post as JSON, or a readable summary.
 */
import fs from 'fs'
import { JSDOM } from 'jsdom'

import { analyzeText, type Analysis } from '../src/plugins/mental-health/analysis'
import { markdownToPlainText } from '../src/plugins/mental-health/analysis/plainText'

const usage = 'Usage: npm run analyze -- <file.md|file.html|-> [--pretty] [--kind article|faq|testimonial]'
const KINDS = ['article', 'faq', 'testimonial'] as const
type Kind = (typeof KINDS)[number]

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,td,th,dt,dd,figcaption'

const htmlToPlainText = (html: string) =>
  Array.from(new JSDOM(html).window.document.querySelectorAll(BLOCKS))
    .filter((element) => !element.querySelector(BLOCKS))
    .map((element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    .filter(Boolean)
    .join('\n')

const readInput = (source: string): string =>
  source === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(source, 'utf8')

const summary = (result: Analysis, text: string) => {
  const lines: string[] = []
  const blocking = result.language.filter((finding) => finding.severity === 'block').length
  lines.push(
    `${result.claims.length} claim(s) needing a source, ${result.language.length} language finding(s) (${blocking} blocking), crisis topic: ${result.crisisTopic ? 'yes — add the crisis resources block' : 'no'}`,
  )
  if (result.claims.length) lines.push('', 'Claims:')
  for (const claim of result.claims) lines.push(`  [${claim.type}] ${claim.text}`)
  if (result.language.length) lines.push('', 'Language:')
  for (const finding of result.language) {
    const line = text.slice(0, finding.start).split('\n').length
    lines.push(`  line ${line}: "${finding.text}" → ${finding.suggestion} (${finding.rule}, ${finding.severity})`)
  }
  return lines.join('\n')
}

/** --kind, else the Markdown front matter's `kind:` line, else an article. */
const kindOf = (args: string[], raw: string): Kind => {
  const at = args.indexOf('--kind')
  const given = at === -1 ? /^---[\s\S]*?^kind:\s*(\w+)[\s\S]*?^---/m.exec(raw)?.[1] : args[at + 1]
  if (given === undefined) return 'article'
  if (!KINDS.includes(given as Kind))
    throw new Error(`--kind takes article, faq or testimonial, not "${given}". ${usage}`)
  return given as Kind
}

const main = () => {
  const args = process.argv.slice(2)
  const pretty = args.includes('--pretty')
  const kindAt = args.indexOf('--kind')
  const [source] = args.filter(
    (arg, index) => arg !== '--pretty' && (kindAt === -1 || (index !== kindAt && index !== kindAt + 1)),
  )
  if (!source) throw new Error(usage)
  if (source !== '-' && !fs.existsSync(source)) throw new Error(`File not found: ${source}`)
  const raw = readInput(source)
  if (!raw.trim()) throw new Error('The input is empty: there is nothing to analyse.')
  const text = /\.html?$/i.test(source) || /^\s*</.test(raw) ? htmlToPlainText(raw) : markdownToPlainText(raw)
  const result = analyzeText(text, { kind: kindOf(args, raw) })
  console.log(pretty ? summary(result, text) : JSON.stringify(result, null, 2))
}

try {
  main()
} catch (error) {
  console.error(`[analyze] ${(error as Error).message}`)
  process.exit(1)
}
