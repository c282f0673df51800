import { DEFAULT_EXCEPTIONS, DEFAULT_LEXICON } from './lexicon'
import { quotedRanges, sentences } from './text'
import type { AnalysisOptions, LanguageFinding, LexiconEntry, Severity } from './types'

/**
 * Language findings: the person-first and safe-messaging lexicon (one pass over the text), and rules
 * that need their sentence's context: suicide reporting (method, place, note, framing, "victim"),
 * labels for people who use substances, absolute efficacy and safety words, and people who call
 * themselves an addict in a quotation (flagged softly, for review).
 */
const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

type CompiledLexicon = { pattern: RegExp; byPhrase: Map<string, LexiconEntry>; exceptions: RegExp | null }

const phrasePattern = (phrases: string[]) =>
  phrases
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escape(phrase).replace(/\s+/g, '\\s+'))
    .join('|')

const compileCache = new WeakMap<object, CompiledLexicon>()
const DEFAULT_KEY = {}

/** One alternation for the whole lexicon (longest phrases first), so a text is scanned once. */
const compile = (options: AnalysisOptions): CompiledLexicon => {
  const key = options.lexicon || options.exceptions ? options : DEFAULT_KEY
  const cached = compileCache.get(key)
  if (cached) return cached
  const entries = [...DEFAULT_LEXICON, ...(options.lexicon ?? [])]
  const byPhrase = new Map<string, LexiconEntry>()
  for (const entry of entries)
    for (const phrase of entry.patterns) byPhrase.set(phrase.toLowerCase().replace(/\s+/g, ' '), entry)
  const exceptions = [...DEFAULT_EXCEPTIONS, ...(options.exceptions ?? [])]
  const compiled = {
    pattern: new RegExp(`(?<![\\w-])(?:${phrasePattern([...byPhrase.keys()])})(?![\\w-])`, 'gi'),
    byPhrase,
    exceptions: exceptions.length ? new RegExp(`(?<![\\w-])(?:${phrasePattern(exceptions)})(?![\\w-])`, 'gi') : null,
  }
  compileCache.set(key, compiled)
  return compiled
}

const severityOf = (entry: LexiconEntry, overrides: AnalysisOptions['severity']): Severity => {
  if (overrides) {
    if (overrides[entry.rule]) return overrides[entry.rule]
    const prefix = entry.rule.split('/')[0]
    if (overrides[prefix]) return overrides[prefix]
  }
  return entry.severity ?? 'warn'
}

const spansOf = (pattern: RegExp | null, text: string): [number, number][] => {
  if (!pattern) return []
  const spans: [number, number][] = []
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text))
    spans.push([match.index, match.index + match[0].length])
  return spans
}

const within = (start: number, end: number, ranges: [number, number][]) =>
  ranges.some(([from, to]) => start >= from && end <= to)

/** "National Institute on Drug Abuse": capitalised words that do not open a sentence are a name. */
const isProperName = (match: string, text: string, start: number) => {
  if (!match.split(/\s+/).every((word) => /^[A-Z]/.test(word))) return false
  const before = text.slice(0, start).trimEnd()
  return before.length > 0 && !/[.!?:\n"“]$/.test(before)
}

const findLexicon = (text: string, options: AnalysisOptions): LanguageFinding[] => {
  const { pattern, byPhrase, exceptions } = compile(options)
  const skipped = [...quotedRanges(text), ...spansOf(exceptions, text)]
  const findings: LanguageFinding[] = []
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index
    const end = start + match[0].length
    if (within(start, end, skipped) || isProperName(match[0], text, start)) continue
    const entry = byPhrase.get(match[0].toLowerCase().replace(/\s+/g, ' '))
    if (!entry) continue
    const severity = severityOf(entry, options.severity)
    if (severity === 'off') continue
    findings.push({ text: match[0], start, end, rule: entry.rule, severity, suggestion: entry.suggestion })
  }
  return findings
}


type ContextRule = {
  rule: string
  suggestion: string
  severity: Severity
  pattern: RegExp
  /** Only in a sentence about a suicide (or right after one). */
  suicide?: boolean
  /** Only where the sentence reports a death: guidance about means ("lock up firearms") is fine. */
  death?: boolean
  /** Only inside quotation marks; elsewhere the lexicon has it. */
  quoted?: boolean
}

const SUBSTANCE = '(?:drug|drugs|heroin|opioid|opiate|meth|methamphetamine|cocaine|crack|fentanyl|marijuana|cannabis|pill|pills|iv|injection|needle|alcohol|substance|prescription)'

const CONTEXT_RULES: ContextRule[] = [
  {
    rule: 'person-first/drug-abuser',
    suggestion: 'person who uses drugs; person with a substance use disorder',
    severity: 'warn',
    pattern: new RegExp(`\\b(?:${SUBSTANCE}[- ]users?|${SUBSTANCE}[- ]abusers?|abusers|abusing (?:${SUBSTANCE}|substances|drugs|alcohol)|(?:abuses?|abused) (?:drugs|alcohol|substances|opioids|pills))\\b`, 'gi'),
  },
  {
    rule: 'stigma/suffers-from',
    suggestion: 'has, lives with, experiences; "people with …"',
    severity: 'warn',
    pattern: /\b(?:sufferers?|suffers? with|stricken (?:with|by)|plagued by|victims? of (?:depression|anxiety|addiction|mental illness|ptsd|schizophrenia|bipolar(?: disorder)?|ocd|trauma|alcoholism|substance use))\b/gi,
  },
  {
    rule: 'safe-messaging/victim',
    suggestion: 'the person who died by suicide; name them',
    severity: 'warn',
    suicide: true,
    pattern: /\b(?:suicide victims?|victims? of suicide|(?:the )?victims?)\b/gi,
  },
  {
    rule: 'safe-messaging/normalising',
    suggestion: 'suicide is preventable: give the rise with what helps, never "common", "inevitable" or "the only way out"',
    severity: 'warn',
    suicide: true,
    pattern: /\b(?:(?:is|are|has become|became|seems?) (?:so |increasingly |very )?(?:common|normal|routine|inevitable|natural)|the only (?:way out|option|escape)|skyrocket\w*|soar\w*|surg\w*|spate of|wave of|rash of|string of|cluster of|epidemic|contagion|every (?:\d+|few|eleven|twelve) (?:minutes|hours|seconds))\b/gi,
  },
  {
    rule: 'safe-messaging/method-or-location',
    suggestion: 'leave out method and location; say the person died by suicide and point to help',
    severity: 'block',
    suicide: true,
    death: true,
    pattern: /\b(?:hang(?:ed|ing)|hung|noose|rope|ligature|gunshot(?: wound)?|shot (?:himself|herself|themselves)|(?:a |his |her |their )?(?:handgun|shotgun|rifle|firearm|gun)|(?:jumped|leapt|fell) (?:from|off)(?: the| a)? [\w\s-]{0,30}?(?:bridge|overpass|roof|building|cliff|balcony|garage|tower|window|parking (?:garage|structure|deck))|in front of (?:a|the) (?:train|bus|truck)|train tracks|railway|carbon monoxide|exhaust fumes|poison(?:ed|ing)?|slit (?:his|her|their) wrists|drown(?:ed|ing)|overdos(?:e|ed) (?:of|on)|(?:an|a lethal) overdose of|(?:in|at) (?:his|her|their|the) (?:garage|bedroom|basement|barn|apartment|motel room|hotel room|car|truck|dorm room|home)|at the [A-Z][\w]+ (?:Bridge|Motel|Hotel|Park|Tower|Station|Reservoir|Overpass|Falls))\b/g,
  },
  {
    rule: 'safe-messaging/note',
    suggestion: 'do not mention or quote a suicide note',
    severity: 'block',
    pattern: /\b(?:(?:left|wrote|found|read|leaving|writing|discovered|recovered) (?:a |the |his |her |their |behind a )?(?:suicide |farewell |goodbye |final |handwritten )?(?:note|letter|message)|(?:suicide|farewell|goodbye) note (?:said|read|says|reads|that|which|was|left|found)|the note (?:said|read|says|reads))\b/gi,
    suicide: true,
  },
  {
    rule: 'safe-messaging/sensational',
    suggestion: 'report without sensational framing; add hope and where to get help',
    severity: 'warn',
    suicide: true,
    pattern: /\b(?:tragic(?:ally)?|shocking(?:ly)?|horrific|horrifying|gruesome|senseless|desperate act|suicide pact|copycat|without (?:any )?warning|out of nowhere|no one saw it coming|inexplicabl[ey]|heartbreaking|devastating|grisly|chilling|cowardly|selfish act|took the coward|troubled (?:teen|youth|young man|young woman|student))\b/gi,
  },
  {
    rule: 'absolute/proven',
    suggestion: 'name the evidence and its limits; no "proven"',
    severity: 'block',
    pattern: /\b(?:(?:clinically|scientifically|medically) )?proven\b/gi,
  },
  {
    rule: 'absolute/no-side-effects',
    suggestion: 'describe side effects and risks as the evidence shows them',
    severity: 'block',
    pattern: /\b(?:(?:no|zero|without(?: any)?) side[- ]effects|side[- ]effect[- ]free|non-?addictive|(?:completely|totally|perfectly|100%) safe|risk[- ]free)\b/gi,
  },
  {
    rule: 'absolute/works-for-everyone',
    suggestion: 'say for whom it works, with a source',
    severity: 'block',
    pattern: /\b(?:works? for (?:everyone|anyone|everybody|all(?: patients| clients)?)|(?:anyone|everyone|anybody|everybody) (?:can|will) (?:recover|get better|heal|beat (?:it|addiction|depression))|every (?:client|patient|participant|graduate) (?:recovers|succeeds|leaves|walks out))\b/gi,
  },
  {
    rule: 'self-identification',
    suggestion: "the person's own words: keep them if they chose them, but don't repeat the label in your text",
    severity: 'info',
    quoted: true,
    pattern: /\b(?:i'?m|i am|i was|i've been|as an?|call(?:ed)? myself an?) (?:an? )?(?:recovering |former |ex-|functioning )?(?:addict|alcoholic|junkie|drunk|crackhead|drug user|user)\b/gi,
  },
]

const SUICIDE = /\b(?:suicid\w*|took (?:his|her|their|my) (?:own )?life|killed (?:himself|herself|themselves)|end(?:ed)? (?:his|her|their) (?:own )?life|self-inflicted)\b/i
const DEATH = /\b(?:died|dies|dead|death|deaths|body|bodies|killed|fatal\w*|found|scene|medical examiner|coroner|took (?:his|her|their) (?:own )?life)\b/i

const quotedSpans = (text: string) => quotedRanges(text).concat(spansOf(/[‘'][^‘’'\n]{3,}[’']/g, text))

const findInContext = (text: string, options: AnalysisOptions): LanguageFinding[] => {
  const findings: LanguageFinding[] = []
  const quotes = quotedSpans(text)
  const sentenceSpans = sentences(text)
  const aboutSuicide = sentenceSpans.map((span) => SUICIDE.test(span.text))
  sentenceSpans.forEach((span, index) => {
    const suicideContext =
      aboutSuicide[index] || ((aboutSuicide[index - 1] || aboutSuicide[index - 2]) && DEATH.test(span.text))
    for (const entry of CONTEXT_RULES) {
      if (entry.suicide && !suicideContext) continue
      if (entry.death && !DEATH.test(span.text) && !/\b(?:hanged|shot|jumped|leapt|overdosed)\b/i.test(span.text)) continue
      const severity = severityOf({ rule: entry.rule, patterns: [], suggestion: '', severity: entry.severity }, options.severity)
      if (severity === 'off') continue
      entry.pattern.lastIndex = 0
      for (let match = entry.pattern.exec(span.text); match; match = entry.pattern.exec(span.text)) {
        const start = span.start + match.index
        const end = start + match[0].length
        if (Boolean(entry.quoted) !== within(start, end, quotes)) continue
        findings.push({ text: match[0], start, end, rule: entry.rule, severity, suggestion: entry.suggestion })
      }
    }
  })
  return findings
}

const overlapping = (a: LanguageFinding, b: LanguageFinding) => a.start < b.end && b.start < a.end

/** Lexicon findings first; a context finding that overlaps one adds nothing. */
export const findLanguage = (text: string, options: AnalysisOptions): LanguageFinding[] => {
  const fromLexicon = findLexicon(text, options)
  const fromContext = findInContext(text, options).filter(
    (finding) => !fromLexicon.some((other) => overlapping(finding, other)),
  )
  return [...fromLexicon, ...fromContext].sort((a, b) => a.start - b.start)
}
