import { DEFAULT_EXCEPTIONS, DEFAULT_LEXICON } from './lexicon'
import { quotedRanges, sentences, type Span } from './text'
import type { AnalysisOptions, LanguageFinding, LexiconEntry, Severity } from './types'

/**
 * Language findings: the person-first and safe-messaging lexicon (one pass over the text), and rules
 * that need their sentence's context: suicide reporting (method, place, note, framing, "victim"),
 * labels for people who use substances, absolute efficacy and safety words, and people who call
 * themselves an addict in a quotation (flagged softly, for review).
 */
const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

type CompiledLexicon = { pattern: PhraseScan; byPhrase: Map<string, LexiconEntry>; exceptions: PhraseScan | null }

const phrasePattern = (phrases: string[]) =>
  phrases
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escape(phrase).replace(/\s+/g, '\\s+'))
    .join('|')

/**
 * A list of phrases as one pattern, `(?<![\w-])(?:phrase|…)(?![\w-])` (case-insensitive), and what
 * lets its matches be found without running it along the whole text: every match starts a run of
 * ASCII letters and digits, and that run is the first word of one of the phrases. So only runs whose
 * first letter, length and word fit are tried, with the same pattern anchored there (`sticky`).
 * Phrases that do not start with a letter or digit fall back to the plain scan (`firstWords` null).
 */
type PhraseScan = { pattern: RegExp; sticky: RegExp; firstWords: Set<string> | null; shapes: Uint8Array }

const isAlnum = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
/** A run's first character (either case) and length, as an index into `shapes`. */
const shapeOf = (code: number, length: number) => ((code | 32) & 127) * 32 + Math.min(length, 31)

const phraseScan = (phrases: string[]): PhraseScan => {
  const source = `(?<![\\w-])(?:${phrasePattern(phrases)})(?![\\w-])`
  const firsts = phrases.map((phrase) => /^[a-z0-9]+/.exec(phrase.toLowerCase())?.[0])
  const shapes = new Uint8Array(128 * 32)
  for (const first of firsts) if (first) shapes[shapeOf(first.charCodeAt(0), first.length)] = 1
  return {
    pattern: new RegExp(source, 'gi'),
    sticky: new RegExp(source, 'iy'),
    firstWords: firsts.every(Boolean) ? new Set(firsts as string[]) : null,
    shapes,
  }
}

type Found = { index: number; text: string }

/**
 * The matches each scan's pattern finds, in order, as a global search would find them; scans with
 * first words share one pass over the text's words.
 */
const matchesOf = (scans: (PhraseScan | null)[], text: string): Found[][] => {
  const results = scans.map((): Found[] => [])
  const byWord: { scan: PhraseScan; found: Found[]; searchFrom: number }[] = []
  scans.forEach((scan, index) => {
    if (!scan) return
    if (scan.firstWords) {
      byWord.push({ scan, found: results[index], searchFrom: 0 })
      return
    }
    scan.pattern.lastIndex = 0
    for (let match = scan.pattern.exec(text); match; match = scan.pattern.exec(text))
      results[index].push({ index: match.index, text: match[0] })
  })
  if (!byWord.length) return results
  for (let at = 0; at < text.length;) {
    const code = text.charCodeAt(at)
    if (!isAlnum(code)) {
      at++
      continue
    }
    let end = at + 1
    while (end < text.length && isAlnum(text.charCodeAt(end))) end++
    const shape = shapeOf(code, end - at)
    let word: string | undefined
    for (const state of byWord) {
      const { scan } = state
      if (at < state.searchFrom || !scan.shapes[shape]) continue
      if (!scan.firstWords!.has((word ??= text.slice(at, end).toLowerCase()))) continue
      scan.sticky.lastIndex = at
      const match = scan.sticky.exec(text)
      if (!match) continue
      state.found.push({ index: at, text: match[0] })
      state.searchFrom = at + match[0].length
    }
    at = end
  }
  return results
}

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
    for (const phrase of entry.patterns) {
      const normal = phrase.toLowerCase().replace(/\s+/g, ' ')
      // A phrase of several words is found in the plural too ("clean screen", "clean screens").
      if (normal.includes(' ') && /[a-rt-z]$/.test(normal) && !byPhrase.has(`${normal}s`))
        byPhrase.set(`${normal}s`, entry)
      byPhrase.set(normal, entry)
    }
  const exceptions = [...DEFAULT_EXCEPTIONS, ...(options.exceptions ?? [])]
  const compiled = {
    pattern: phraseScan([...byPhrase.keys()]),
    byPhrase,
    exceptions: exceptions.length ? phraseScan(exceptions) : null,
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
const ORGANISATION_NEARBY =
  /\b(?:Institute|Administration|Anonymous|Association|Center|Centre|Coalition|Council|Services|Office|Department|Foundation|Alliance|Network|Society|Agency|Bureau|Commission|Program|Task Force)\b/

/** A heading in Title Case: every word capitalised, so capitals there say nothing about names. */
const titleCaseLine = (text: string, start: number) => {
  const from = text.lastIndexOf('\n', start) + 1
  const to = text.indexOf('\n', start)
  const words = text.slice(from, to === -1 ? text.length : to).match(/[A-Za-z][\w'-]{3,}/g) ?? []
  return words.length >= 4 && words.filter((word) => /^[A-Z]/.test(word)).length / words.length >= 0.8
}

const isProperName = (match: string, text: string, start: number) => {
  if (!match.split(/\s+/).every((word) => /^[A-Z]/.test(word))) return false
  if (titleCaseLine(text, start))
    return ORGANISATION_NEARBY.test(text.slice(Math.max(0, start - 40), start + match.length + 40))
  const before = text.slice(0, start).trimEnd()
  return before.length > 0 && !/[.!?:\n"“]$/.test(before)
}

/** A term quoted as a term ("avoid 'addict'"): a mention, not a use. */
const MENTIONED =
  /[”"’']\s*(?:,|or|and|,\s*or|,\s*and)\s*[“"'‘]?$|[,;][”"’']\s+(?:or |and )?[“"'‘]$|\b(?:avoid|avoiding|instead of|rather than|say|saying|use|using|calling (?:\w+ ){0,2}an?|writes?|wrote|written|writing|the (?:word|term|phrase|label)s?|words? like|terms? (?:like|such as)|phrases? (?:like|such as)|not|or)\s*[“"'‘]?$/i

/** A cue up to a few words before a short quoted term: "say rates are 'skyrocketing'". */
const MENTIONED_NEARBY =
  /\b(?:avoid|avoiding|instead of|rather than|say|saying|use|using|describe|describing|refer to|referring to|label|labeling|not|don't|do not|never)\b(?:\s+\S+){0,4}\s*[“"'‘]?$/i

const isMention = (text: string, start: number, quotes: [number, number][]) => {
  const quote = quotes.find(([from, to]) => start >= from && start < to)
  if (!quote) return false
  // A short quoted term after a cue ("do not describe suicide as an 'epidemic'") is named, not used.
  const words = text.slice(quote[0], quote[1]).trim().split(/\s+/).length
  const before = text.slice(Math.max(0, quote[0] - 60), quote[0] + 1)
  return MENTIONED.test(before) || (words <= 3 && MENTIONED_NEARBY.test(before))
}

/** A quoted term recommended or warned against ('say "died by suicide"'), not someone's last words. */
const TERM_BEFORE =
  /\b(?:say|saying|use|using|avoid|avoiding|instead of|rather than|like|such as|terms?|phrases?|words? like|call it)\b[^"“.]{0,20}$/i

/** Someone else's words: still flagged, for review only (severity "info"), never blocking. */
const quotedSeverity = (severity: Severity): Severity => (severity === 'off' ? 'off' : 'info')

const NEGATION_BEFORE =
  /\b(?:no|not|n't|never|none|nothing|without|cannot|isn't|aren't|doesn't|don't|won't)\b[^.;:!?]{0,40}$/i
const DISCLAIMER =
  /\bnot intended to (?:diagnose|treat|cure|prevent)|\bno (?:one|program|treatment|therapy|clinic) can (?:promise|guarantee)/i

/** An absolute that is denied ("no treatment is a cure") or asked about ("Does TMS cure depression?") promises nothing. */
const deniedOrAsked = (text: string, start: number, end: number) => {
  const sentenceStart =
    Math.max(text.lastIndexOf('.', start - 1), text.lastIndexOf('\n', start - 1), text.lastIndexOf('?', start - 1)) + 1
  const nextStop = text.slice(end).search(/[.!?\n]/)
  const sentence = text.slice(sentenceStart, nextStop === -1 ? text.length : end + nextStop + 1)
  return NEGATION_BEFORE.test(text.slice(sentenceStart, start)) || DISCLAIMER.test(sentence) || /\?\s*$/.test(sentence)
}

const findLexicon = (text: string, options: AnalysisOptions, quotes: [number, number][]): LanguageFinding[] => {
  const { pattern, byPhrase, exceptions } = compile(options)
  const [phrases, excepted] = matchesOf([pattern, exceptions], text)
  const skipped = excepted.map(({ index, text }): [number, number] => [index, index + text.length])
  const findings: LanguageFinding[] = []
  for (const { index: start, text: found } of phrases) {
    const end = start + found.length
    if (within(start, end, skipped) || isProperName(found, text, start) || isMention(text, start, quotes)) continue
    const entry = byPhrase.get(found.toLowerCase().replace(/\s+/g, ' '))
    if (!entry) continue
    if (entry.rule.startsWith('absolute/') && deniedOrAsked(text, start, end)) continue
    const ruled = severityOf(entry, options.severity)
    const severity = within(start, end, quotes) ? quotedSeverity(ruled) : ruled
    if (severity === 'off') continue
    findings.push({ text: found, start, end, rule: entry.rule, severity, suggestion: entry.suggestion })
  }
  return findings
}

type ContextRule = {
  rule: string
  suggestion: string
  severity: Severity
  pattern: RegExp
  /** Only near a sentence about a suicide. */
  suicide?: boolean
  /** Only near a sentence about a suicide or an overdose death. */
  crisis?: boolean
  /** Only where the sentence reports a death: guidance about means ("lock up firearms") is fine. */
  death?: boolean
  /** Only near a sentence that reports a death: the details around it (where, a note) are the report's. */
  report?: boolean
  /** Only in a text about care (hospital, inpatient, treatment program). */
  care?: boolean
  /** Only in a text about substance use. */
  substances?: boolean
  /** Only inside quotation marks; elsewhere the lexicon has it. */
  quoted?: boolean
  /** The finding is a quotation itself (a note's words): never a mention, never softened. */
  quotation?: boolean
  /**
   * Lower-case pieces of which every match holds at least one: a text or sentence without any of
   * them is not searched with the pattern (plain substring search is many times cheaper).
   */
  cues?: string[]
}

const SUBSTANCE =
  '(?:drug|drugs|heroin|opioid|opioids|opiate|opiates|meth|methamphetamine|cocaine|crack|fentanyl|marijuana|cannabis|pill|pills|painkillers?|benzos?|xanax|oxy\\w*|adderall|iv|injection|needle|alcohol|substance|substances|prescription|recreational|heavy|chronic|intravenous)'

/** What to write instead, and how much it matters, for the rules several patterns report. */
const GUIDANCE = {
  methodOrLocation: {
    rule: 'safe-messaging/method-or-location',
    suggestion: 'leave out method and location; say the person died by suicide and point to help',
    severity: 'block',
  },
  note: { rule: 'safe-messaging/note', suggestion: 'do not mention or quote a suicide note', severity: 'block' },
  sensational: {
    rule: 'safe-messaging/sensational',
    suggestion: 'report without sensational framing; add hope and where to get help',
    severity: 'warn',
  },
  normalising: {
    rule: 'safe-messaging/normalising',
    suggestion:
      'suicide is preventable: give the rise with what helps, never "common", "inevitable" or "the only way out"',
    severity: 'warn',
  },
  worksForEveryone: {
    rule: 'absolute/works-for-everyone',
    suggestion: 'say for whom it works, with a source',
    severity: 'block',
  },
} as const satisfies Record<string, Pick<ContextRule, 'rule' | 'suggestion' | 'severity'>>

const CONTEXT_RULES: ContextRule[] = [
  {
    rule: 'person-first/drug-abuser',
    cues: ['user', 'abus'],
    suggestion: 'person who uses drugs; person with a substance use disorder',
    severity: 'warn',
    pattern: new RegExp(
      `\\b(?:${SUBSTANCE}[- ]users?|${SUBSTANCE}[- ]abusers?|abusers|abusing(?= (?:[\\w'’]+ ){0,3}${SUBSTANCE}\\b)|(?:abuses?|abused)(?= (?:[\\w'’]+ ){0,3}${SUBSTANCE}\\b))\\b`,
      'gi',
    ),
  },
  {
    rule: 'person-first/drug-abuser',
    cues: ['users'],
    suggestion: 'people who use drugs; patients',
    severity: 'warn',
    substances: true,
    pattern:
      /(?<!\b(?:app|site|web|website|social media|instagram|facebook|tiktok|computer|internet|end|power|new|registered|portal|platform|screen reader|wheelchair|telehealth|patient portal) )\busers\b(?! of (?:our|the|this) (?:app|site|portal|website|service))/gi,
  },
  {
    rule: 'person-first/clean-dirty',
    cues: ['clean', 'dirty'],
    suggestion: 'in recovery, abstinent / actively using',
    severity: 'warn',
    pattern:
      /\b(?:(?:come|came|comes|coming|walk(?:ed)? out|got|get|gets|getting|stay|stayed|stays|staying|been|be|being|is|am|are|was|were|'m|'re|'s|’m|’re|’s|remain(?:ed|s)?|keep(?:s)?|kept) (?:\w+ )?(?:clean|dirty)(?= *(?:[.,;!?)"”]|$|and\b|for\b|since\b|now\b|today\b|again\b|this\b|from\b|if\b|unless\b|or\b|before\b|until\b|first\b))|(?:days?|weeks?|months?|years?) clean\b|test(?:s|ed|ing)? (?:clean|dirty)\b)/gi,
  },
  {
    rule: 'stigma/suffers-from',
    cues: ['suffer', 'stricken', 'plagued', 'victim'],
    suggestion: 'has, lives with, experiences; "people with …"',
    severity: 'warn',
    pattern:
      /\b(?:sufferers?|suffers? with|stricken (?:with|by)|plagued by|victims? of (?:depression|anxiety|addiction|mental illness|ptsd|schizophrenia|bipolar(?: disorder)?|ocd|trauma|alcoholism|substance use))\b/gi,
  },
  {
    rule: 'stigma/diagnosis-as-identity',
    cues: ['schizophrenic', 'bulimic', 'anorexic', 'bipolar', 'psychotic', 'depressive', 'manic', 'addict'],
    suggestion: 'person with schizophrenia (or the condition)',
    severity: 'warn',
    pattern:
      /\b(?:schizophrenics|bulimics|anorexics|bipolars|psychotics|depressives|manics|addicts? to|(?:a|an|the) (?:paranoid |chronic |severe |diagnosed |recovering )?(?:schizophrenic|bulimic|anorexic|bipolar|psychotic|depressive|manic)(?= *(?:[.,;!?)]|$|who\b|with\b|in\b|on\b|at\b|like\b|from\b|on\b|off\b|before\b|after\b|by\b|or\b|but\b|for\b|and\b|since\b|until\b)))/gi,
  },
  {
    rule: 'stigma/diagnosis-metaphor',
    cues: ['ocd', 'bipolar', 'schizo', 'psychotic', 'anorexic', 'adhd', 'autistic', 'manic'],
    suggestion: "don't use diagnoses as metaphors",
    severity: 'warn',
    pattern:
      /\b(?:(?:so|totally|super|such|a little|a bit|kind of|kinda|very|completely|literally|\w+ly) (?:ocd|bipolar|schizo(?:phrenic)?|psychotic|anorexic|adhd|autistic)(?= about| with| when| over|[.,;!?]|$)|(?:bipolar|schizophrenic|psychotic|manic) (?:weather|market|economy|mood swings of|day|boss|policy|schedule|season|city|team|relationship|week|politics|stock)|(?:weather|market|economy|boss|day|week|lot|traffic|schedule|season|city|town|world|team|place|internet|wifi|printer|car|house) (?:is|was|seems|feels|gets|has been) (?:so |totally |kind of |a bit |a little |completely )?(?:bipolar|schizophrenic|psychotic|ocd))\b/gi,
  },
  {
    rule: 'stigma/released',
    cues: ['releas'],
    suggestion: 'discharged',
    severity: 'warn',
    pattern:
      /\b(?:released|release|releasing)(?=[^.;!?]{0,40}\b(?:hospital|psychiatric|psych unit|unit|ward|rehab|inpatient|facility|treatment|detox|residential|care|program|clinic|behavioral|mental)\b)|\b(?:be|been|was|were|is|are|get|got|getting|being|(?:they|he|she|you|we)'(?:re|s)) released\b(?! (?:a|an|the|its|their|his|her|data|reports?|statements?|names?|figures|results|findings|on bail|from (?:jail|prison|custody))\b)/gi,
    care: true,
  },
  {
    rule: 'safe-messaging/victim',
    cues: ['victim'],
    suggestion: 'the person who died by suicide; name them',
    severity: 'warn',
    suicide: true,
    pattern:
      /\b(?:suicide victims?|victims? of suicide|(?:the )?victims?(?! of (?:violence|crime|abuse|assault|bullying|domestic|sexual|trafficking)))\b/gi,
  },
  {
    ...GUIDANCE.normalising,
    cues: [
      'common',
      'normal',
      'routine',
      'inevitable',
      'natural',
      'the only',
      'skyrocket',
      'soar',
      'surg',
      'spate of',
      'wave of',
      'rash of',
      'string of',
      'cluster of',
      'epidemic',
      'just what happens',
      'a matter of',
      'a question of',
      'would end',
      'saw it coming',
      'tragedies',
      'fact of life',
      'part of',
      'expect',
      'bound to happen',
      'nothing any',
      'place',
      'spot',
      'destination',
      'again',
      'keeps happening',
      'way of life',
      'how the',
      'how men',
      'how people',
    ],
    suicide: true,
    pattern:
      /\b(?:(?<!\b(?:question|questions|asking|screening|screenings|assessment|conversation|conversations|check-in|talking about it) )(?<=\b(?:suicides?|deaths?|it's|that's|it|this|that|attempts?|self-harm|dying|killing (?:himself|herself|themselves)|taking (?:your|their|one's|his|her) (?:own )?life)(?: [\w'-]+){0,4} )(?:is|are|has become|have become|become|became|seems?) (?:so |increasingly |very |just )?(?:common|normal|routine|inevitable|natural)|(?:has |have |had )?(?:almost |practically |nearly |just )?(?:become|is|are|was) (?:just )?a way of life|(?:is|was) (?:just |simply )?how (?:the )?(?:men|women|people|we|they|folks|guys|boys|kids) (?:go|die|end)|(?:it's|it is|it was|that's) (?:almost |practically |just |kind of )?expected|(?:has become|became|is now|is|was) (?:a|the|known as a|known as the) (?:place|spot|destination) (?:where )?(?:people|they|kids|teens|someone|folks) (?:go|come|end up|jump)|(?:it|this) (?:just )?(?:happens|happened) again|(?:it|this) keeps happening|the only (?:way out|escape)|skyrocket\w*|soar\w*|surg(?:e|es|ed|ing)\b|spate of|wave of|rash of|string of|cluster of|(?<!\b(?:opioids?|overdoses?|drugs?|fentanyl|gambling|betting|addiction|vaping|meth|heroin|opiates?|alcohol|obesity|loneliness)(?: [\w-]+){0,2} )(?:a |an |the )?(?:silent |growing |hidden |national |teen )?(?<!\b(?:opioid|overdose|drug|fentanyl|gambling|betting|addiction|vaping|meth|heroin|alcohol) )epidemic|(?:it's |it is |that's )?just what happens(?: to \w+)?(?: now)?|(?:only|just) (?:ever )?a (?:matter|question) of (?:time|when)|(?:always )?(?:figured|knew|thought) (?:it|he|she|they) would end (?:this|that|like this|like that) way|we all saw it coming|(?:these|such) tragedies (?:every|each) (?:year|week|month)|(?:just )?a fact of life(?: now)?|part of (?:life|growing up)|(?:what|something) (?:anyone|everyone|you) (?:should|would|could|can) expect|bound to happen|nothing (?:anyone|anybody) could (?:have )?do(?:ne)?)\b/gi,
  },
  {
    ...GUIDANCE.methodOrLocation,
    suicide: true,
    death: true,
    pattern:
      /\b(?:(?:found |by )?hang(?:ed|ing)(?! out\b| around\b)(?: (?:himself|herself|themselves|in (?:his|her|their|a|the) \w+))?|hung|noose|rope|ligature|gunshot(?: wound)?|(?:shot|shooting) (?:himself|herself|themselves)(?: with (?:a |an |his |her |their )?[\w -]{0,20}?(?:rifle|gun|shotgun|handgun|pistol|revolver))?(?: in [\w -]{0,40}?(?:shed|garage|barn|field|woods|park|basement|bedroom|truck|car))?|(?:his|her|their) (?:own )?(?:handgun|shotgun|rifle|firearm|gun)|(?:(?:by )?(?:jump(?:ed|ing|s)?|leap(?:t|ing)|f[ae]ll(?:ing|s)?)) (?:from|off)(?: the| a)? [\w\s-]{0,40}?(?:[Bb]ridge|[Oo]verpass|[Rr]oof|[Bb]uilding|[Cc]liff|[Bb]alcony|[Gg]arage|[Tt]ower|[Ww]indow|[Pp]arking (?:[Gg]arage|[Ss]tructure|[Dd]eck))(?: into the [\w ]{0,30}?(?:River|Lake|Bay|Creek|water))?|(?:from|off) the [\w -]{0,30}?(?:[Oo]verpass|[Bb]ridge)(?: near [\w ]+?)?(?= *[.,;]|$| (?:into|onto|after|before|on|at|in|and)\b)|(?:by )?swallowing (?:\w+ ){0,4}(?:pills|tablets|medication|medications|poison)|[Ff]ound [Dd]ead (?:[Ii]n|[Aa]t|[Bb]ehind) (?:[Aa]n? |[Tt]he |[Hh]is |[Hh]er )?[\w ]{0,30}?(?:[Ss]hed|[Gg]arage|[Bb]arn|[Mm]otel|[Hh]otel|[Cc]ar|[Tt]ruck|[Bb]asement|[Ww]oods|[Pp]ark|[Cc]ell|[Rr]oom)|in the \d+ block of [A-Z][\w ]+|(?:at|on|near) (?:his|her|their|the family's|(?:his|her|their) family's) (?:home|house|apartment|residence) (?:on|off) [A-Z]\w+(?: [A-Z]\w+)? (?:Road|Street|Avenue|Lane|Drive|Way|Court|Boulevard|Rd|St|Ave)\.?|found (?:him|her|them) in (?:the|a|his|her|their) (?:\w+ )?(?:garage|shed|barn|basement|bedroom|car|truck|woods|bathroom|closet|attic)|in [Rr]oom \d+ of the [\w ]+?(?:[Mm]otel|[Hh]otel|[Ii]nn)(?: on [\w ]+)?|[Ff]all(?:s|ing)? [Ff]rom (?:the )?[\w ]{0,30}?[Bb]ridge|(?:onto|on to|across) the (?:tracks|railroad|railway|highway|freeway|interstate)|in front of (?:a|the) (?:\w+ )?(?:train|bus|truck)|train tracks|railway|carbon monoxide|exhaust fumes|(?<!\b(?:drug|opioid|overdose|alcohol|accidental|unintentional|fentanyl|medication|carbon monoxide) )poison(?:ed|ing)?(?! deaths?\b| rates?\b)|slit (?:his|her|their) wrists|drown(?:ed|ing)|overdos(?:e|ed) (?:of|on)|(?:an|a lethal) overdose of|(?:in|at) (?:his|her|their|the) (?:garage|bedroom|basement|barn|apartment|motel room|hotel room|car|truck|dorm room|home)|at the [A-Z][\w]+ (?:Bridge|Motel|Hotel|Park|Tower|Station|Reservoir|Overpass|Falls)|(?:inside|behind|beneath|underneath|under) (?:a|an|the) (?:[\w-]+ ){0,2}(?:shed|garage|barn|basement|stairwell|restroom|bathroom|closet|attic|dugout|pavilion|bleachers|concession stand|parking lot|parking garage|warehouse|boathouse|trailer|tent|cabin)(?: (?:behind|near|at|in|off|of|beside) the [A-Z][\w']*(?: [A-Z][\w']*)*(?: [a-z]+){0,2})?)\b/g,
  },
  {
    ...GUIDANCE.note,
    cues: ['note', 'letter', 'message', 'post', 'video', 'text'],
    pattern:
      /\b(?:(?:left|wrote|found|read|leaving|writing|discovered|recovered|posted|sent) (?:a |the |his |her |their |behind a )?(?:(?:suicide |farewell |goodbye |final |handwritten |last )?(?:note|letter)|(?:suicide|farewell|goodbye|final|last) (?:message|post|video|text))(?: [^.]{0,40}?(?:apologi\w+|saying|that said|reading)[^.]{0,40})?|(?:a |the |his |her |their )?(?:farewell|goodbye|final) (?:note|text|message|post|video|letter)(?: [^.]{0,60}?(?:apologi\w+|saying|said|read)[^.]{0,60})?|(?:suicide|farewell|goodbye) note (?:(?:addressed|written) to (?:[\w'-]+ ){1,4}?)?(?:said|read|says|reads|that|which|was|were|left|found|addressed)|(?:a|the) (?:suicide |farewell |goodbye |handwritten )?note (?:was|had been) (?:found|left|discovered)|(?:a|the) note (?:found|left|discovered)[^.]{0,40}?(?:read|said)[^.]*|the note (?:said|read|says|reads))/gi,
    suicide: true,
  },
  {
    ...GUIDANCE.sensational,
    cues: [
      'shock',
      'nightmare',
      'trag',
      'horr',
      'loner',
      'stalk',
      'chilling',
      'heartbreaking',
      'gruesome',
      'senseless',
      'desperate act',
      'pact',
      'copycat',
      'warning',
      'out of nowhere',
      'saw it coming',
      'inexplicabl',
      'devastating',
      'grisly',
      'coward',
      'selfish act',
      'troubled',
      ' of death',
      ' of horror',
      ' of terror',
      ' of despair',
      ' of tragedy',
      'spree',
    ],
    crisis: true,
    pattern:
      /\b(?:(?:a |the )?(?:town|community|school|family|city|neighbou?rhood) in shock|nightmare|shock ?waves?|shocking tragedy|tragedy|tragic(?:ally)?|shocking(?:ly)?|horror|troubled loner|loner|(?:death|suicide) (?:is )?stalk\w*|stalking|(?:in a )?chilling (?:detail|twist|message)|heartbreaking final (?:hours|days|moments)|horrific|horrifying|gruesome|senseless|desperate act|suicide pact|copycat|without (?:any )?warning|out of nowhere|no one saw it coming|inexplicabl[ey]|heartbreaking|devastating|grisly|chilling|cowardly|selfish act|took the coward|troubled (?:teen|youth|young man|young woman|student)|(?:summer|season|week|weekend|night|year|month|spring|winter|fall|autumn|street|road|bridge|town|city|highway) of (?:death|horror|terror|despair|tragedy)|(?:killing|death) spree)\b/gi,
  },
  {
    rule: 'safe-messaging/successful-suicide',
    cues: ['succe', 'made sure', 'time it worked', 'time he', 'time she', 'time they'],
    suggestion: 'died by suicide',
    severity: 'block',
    suicide: true,
    pattern:
      /\b(?:succeeded in (?:killing|taking|ending) (?:himself|herself|themselves|his|her|their)(?: (?:own )?li(?:fe|ves))?|(?:finally )?succeeded(?! in (?:school|life|work|business|getting help|recovery|treatment)\b)|(?:attempt|third attempt|second attempt|(?:he|she|they)) (?:was|were) successful|successful(?= (?:attempt|on (?:his|her|their)))|made sure (?:it|that it) (?:worked|would work)|(?:this|that) time (?:it|he|she|they) (?:worked|succeeded|got it right))/gi,
  },
  {
    // The way someone went, in any wording: a jump, leap or fall from somewhere.
    ...GUIDANCE.methodOrLocation,
    cues: ['jump', 'leap', 'plung', 'threw', 'throw', 'dove', 'fell', 'fall', 'hang', 'in front of'],
    suicide: true,
    pattern:
      /\b(?:(?:found|was|been) hang(?:ed|ing)\b(?! out| around)(?: (?:from|in|at|inside|behind) (?:the |a |an |his |her |their )?[\w'-]+(?: [\w'-]+){0,5})?|(?:stepp(?:ed|ing)|walk(?:ed|ing)|jump(?:ed|ing)|l[ai](?:y|ying|id)(?: down)?) in front of (?:a|an|the) (?:[\w-]+ ){0,3}?(?:train|bus|truck|car|vehicle|freight)\b(?: (?:at|near|on) the [\w' -]{0,40}?(?:crossing|station|tracks|bridge|line))?|(?:by |after )?(?:jump(?:s|ed|ing)?|leap(?:s|t|ed|ing)?|plung(?:e|es|ed|ing)|dove|(?:threw|throw(?:s|ing)?) (?:himself|herself|themselves)|f[ae]ll(?:s|en|ing)?) (?:from|off)(?: the| a| an| his| her| their)? (?!(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|about|nearly|almost|roughly|around|over|under|a few|grace)\b)[\w'-]+(?: (?!(?:and|as|after|before|while|when|where|police|on|at|in|to)\b)[\w'-]+){0,7})/gi,
  },
  {
    // Where exactly, in the report of a death: a floor, deck or level, a stairwell, a ledge.
    ...GUIDANCE.methodOrLocation,
    cues: ['floor', 'deck', 'level', 'storey', 'story', 'stairwell', 'ledge', 'railing', '-floor', '-level', '-story'],
    suicide: true,
    report: true,
    pattern:
      /\b(?:on|from|off|near|at|to) the (?:top|upper|lower|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?: [\w-]+)? (?:floor|deck|level|storey|story)\b(?:,? (?:near|by|beside|next to) the (?:[\w-]+ ){0,2}(?:stairwell|elevator|exit|entrance|railing|ledge|stairs))?|\b(?:near|by|beside|next to|at|over) the (?:[\w-]+ ){0,2}(?:stairwell|ledge|railing)\b|\b(?:in|on|at|near|from) the (?:top|upper|lower|\w+th|\w+st|\w+nd|\w+rd)-(?:floor|level|story|storey) (?:[\w-]+ ){0,2}?(?:stairwell|room|bathroom|landing|hallway|apartment|window|balcony)(?: of the [\w ]{2,40}?(?:garage|building|hall|hotel|motel|tower|structure))?/gi,
  },
  {
    // A note of any description left by the person, in the report of a death.
    ...GUIDANCE.note,
    cues: [
      'note',
      'letter',
      'message',
      'post',
      'video',
      'goodbye',
      'farewell',
      'last ',
      'final ',
      'voicemail',
      'voice message',
    ],
    suicide: true,
    report: true,
    pattern:
      /\b(?:(?:left|wrote|found|leaving|writing|discovered|recovered|penned|scrawled)(?: behind)? (?:a|an|the|his|her|their) (?:[\w-]+ ){0,3}?(?:note|letter)\b(?! to the editor)(?: (?:on|in|for|to|addressed to|beside|next to) (?:the |his |her |their )?[\w-]+(?: [\w-]+)?)?|(?:a|an|the|his|her|their) (?:[\w-]+ ){0,2}?(?:note|letter)\b(?: [\w ,'-]{0,40}?)? (?:was|were|had been|has been) (?:also )?(?:found|left|discovered|recovered)(?: (?:on|in|beside|next to|near) (?:the |his |her |their )?[\w'-]+(?: (?:of|in) (?:the |his |her |their )?[\w'-]+)?)?|(?:posted|sent|left|shared|uploaded|recorded)(?: what (?:friends|family|police) (?:called|described as))?(?: (?:her|him|them|his \w+|her \w+|their \w+))? (?:a|an|one last|his last|her last|a final) (?:[\w-]+ ){0,2}?(?:message|post|video|text|status|tweet|voicemail|voice message)\b(?! (?:of|about) (?:support|thanks|sympathy|condolence))(?: (?:to|on) (?:his|her|their|the) [\w ]{0,20}?(?:page|story|account|feed|wall|profile))?|(?:facebook|instagram|snapchat|tiktok|social[- ]media|online|text|video) (?:goodbye|farewell)|(?:his|her|their) (?:last|final) (?:message|text|texts|words|post|snap|call|voicemail)(?: (?:to|for) (?:his|her|their|a) [\w-]+)?)/gi,
  },
  {
    // Dwelling on the anguish of a death, or a place overcome by it.
    ...GUIDANCE.sensational,
    cues: [
      'wrenching',
      'harrowing',
      'agoniz',
      'final moments',
      'last moments',
      'final minutes',
      'last minutes',
      'reel',
    ],
    crisis: true,
    pattern:
      /\b(?:(?:gut|heart)[- ]?wrenching(?: (?:final|last) (?:moments|minutes|hours))?|harrowing(?: (?:final|last) (?:moments|minutes|hours))?|agoniz(?:ing|ed) (?:final|last) (?:moments|minutes|hours)|(?:final|last) (?:moments|minutes) (?:before|of) (?:his|her|their) (?:death|life)|(?:town|city|community|school|campus|county|valley|village|neighbou?rhood|family|families|students) (?:reels?|reeling) (?:from|after|over))\b/gi,
  },
  {
    // The means and how the person got to the place, in the report of a death.
    ...GUIDANCE.methodOrLocation,
    cues: [
      'rope',
      'cord',
      'strap',
      'belt',
      'cable',
      'gun',
      'rifle',
      'pistol',
      'firearm',
      'pills',
      'knife',
      'blade',
      'razor',
      'fence',
      'gate',
      'barrier',
      'railing',
      'wall',
      'handgun',
      'revolver',
    ],
    suicide: true,
    report: true,
    pattern:
      /\b(?:(?:brought|bought|took|used|carried|had|got|borrowed|stole|grabbed) (?:a|an|the|his|her|their|some) (?:[\w'-]+ ){0,3}?(?:rope|cord|strap|belt|cable|gun|rifle|shotgun|handgun|pistol|firearm|pills|knife|blade|razor)s?\b(?: (?:from|of) (?:his|her|their|the) [\w'-]+(?: [\w'-]+)?)?|(?:by )?(?:climb(?:ed|ing)?|scal(?:ed|ing)|jump(?:ed|ing)?|slipp(?:ed|ing)|squeez(?:ed|ing)|cutting) (?:over|through|past|under)? ?the (?:[\w-]+ ){0,2}(?:fence|gate|barrier|railing|wall)\b|(?:a|an|the|his|her|their|the family's) (?:[\w-]+ )?(?:handgun|gun|rifle|shotgun|pistol|firearm|revolver)(?: [\w' ]{0,30}?)? (?:kept|stored|left|found) (?:in|under|on|inside) (?:a|an|the|his|her|their) (?:[\w-]+ ){0,2}(?:nightstand|drawer|closet|safe|cabinet|bed|car|truck|glovebox|glove box))/gi,
  },
  {
    // A numbered room, cell or floor, or the furniture and fixtures of the death, in its report.
    ...GUIDANCE.methodOrLocation,
    cues: ['room', 'cell', 'floor', 'unit', 'pod', 'belt', 'chair', 'closet', 'sheet', 'cord', 'shoelace'],
    suicide: true,
    report: true,
    pattern:
      /\b(?:(?:in |inside )?(?:room|cell|unit|apartment|suite) [A-Z]?\d{1,4}[A-Z]?(?: of (?:the )?[\w -]{2,40}?(?:unit|pod|wing|hall|block|floor|building))?|(?:[a-z]+(?:th|st|nd|rd)|\d{1,2}(?:th|st|nd|rd))-floor (?:[\w-]+ ){0,2}(?:room|apartment|unit|window|balcony)|(?:removed|recovered|found|took) (?:a |an |the |his |her |their )?(?:belt|cord|sheet|bedsheet|shoelaces?|ligature|rope|strap|chair|desk chair|stool)(?: and (?:a |an |the )?(?:[\w-]+ ){0,2}(?:belt|cord|sheet|chair|stool|rope))?(?: from (?:the |his |her |their )?[\w-]+)?)/gi,
  },
  {
    // Where a body was found or a death happened, by landmark: the top of a bluff, the foot of a cliff.
    ...GUIDANCE.methodOrLocation,
    cues: ['top of', 'foot of', 'bottom of', 'base of', 'edge of', 'rocks', 'bluff', 'cliff', 'ledge'],
    suicide: true,
    report: true,
    pattern:
      /\b(?:(?:at|from|off|near|over) the (?:top|foot|bottom|base|edge|rim|crest) of (?:the )?[A-Z]?[\w'-]+(?: [A-Z][\w'-]+){0,3}(?: on [A-Z][\w ]{2,30}?(?:Road|Street|Route|Highway|Trail|Drive)(?: \d+)?)?|(?:up |out )?from the (?:rocks|water|riverbed|gorge|ravine|canyon|tracks)(?: (?:at|below|beneath|under) the [\w -]{2,30}?(?:face|bluff|cliff|bridge|dam|falls|overlook))?)/g,
  },
  {
    // Where exactly someone died: in a parked car behind a named business, at a street address.
    rule: 'safe-messaging/method-or-location',
    cues: [
      'car',
      'truck',
      'van',
      'vehicle',
      'pickup',
      'road',
      'street',
      'avenue',
      'route',
      'highway',
      'lane',
      'drive',
      'bathroom',
      'bedroom',
      'closet',
      'garage',
      'basement',
      'stairwell',
      'kitchen',
    ],
    suggestion: 'leave out the exact place; say where help is instead',
    severity: 'block',
    crisis: true,
    report: true,
    death: true,
    pattern:
      /\b(?:in|inside) (?:a|an|the|his|her|their) (?:(?:pickup truck|car|truck|van|vehicle|pickup|suv) (?:in|at|behind|outside|near) (?:the|a|an) (?:back |front |rear |far )?(?:lot|parking lot|driveway|garage|yard|corner|end)(?: of [\w' -]{2,30}?)?(?: on [A-Z][\w ]{2,25}?(?:Road|Street|Avenue|Lane|Drive|Way))?(?=[.,;]|$| (?:and|where|when|shortly|early|late|around|about|after|before|by)\b)|(?:parked|locked|running) (?:car|truck|van|vehicle|pickup|suv)\b(?: (?:behind|outside|near|at|in front of|beside) (?:the|a) [\w' -]{0,40}?(?:station|store|motel|hotel|park|lot|church|school|bar|restaurant|market|mart|plaza|building))?|(?:car|truck|van|vehicle|pickup|suv) (?:behind|outside|near|at|in front of|beside) (?:the|a) [\w' -]{0,40}?(?:station|store|motel|hotel|park|lot|church|school|bar|restaurant|market|mart|plaza|building)|(?:upstairs |downstairs |basement |back |front )?(?:bathroom|bedroom|closet|garage|basement|stairwell|laundry room|kitchen)(?: of (?:the|a|an) [\w' -]{0,30}?(?:house|home|apartment|motel|hotel|dorm|building|residence))?)(?: at \d{1,5} [\w ]{2,30}?(?=[.,;]| in | on |$))?(?: in [A-Z][\w]+(?: [A-Z][\w]+)?)?|\bat \d{2,5} [A-Z][\w]*(?: [A-Z][\w]*)* (?:Road|Street|Avenue|Lane|Drive|Route|Highway|Boulevard|Way|Court|Rd|St|Ave)(?: \d+)?/g,
  },
  {
    // The words of a note or a last post, quoted, in the report of a death.
    ...GUIDANCE.note,
    cues: [
      'note',
      'message',
      'post',
      'text',
      'story',
      'letter',
      'words',
      'tweet',
      'caption',
      'status',
      'it read',
      'it said',
      'it says',
      'snap',
      'wrote',
    ],
    suicide: true,
    report: true,
    quotation: true,
    pattern:
      /(?<=\b(?:(?:note|message|messages|post|text|texts|texted|story|letter|words|tweet|caption|status|snap|wrote)\b[^"“.]{0,60}?|(?:it|the (?:note|message|post|letter|text)) (?:read|reads|said|says)(?:,? in part)?[,:]? ?))["“][^"”]{2,200}?(?:["”]|$)/gi,
  },
  {
    // Suicide as what everyone expects, how things are somewhere.
    ...GUIDANCE.normalising,
    cues: [
      'expect',
      'how it is',
      'knows',
      'another one',
      'other way',
      'other option',
      'other choice',
      'why she',
      'why he',
      'why they',
      'coming',
      'going to happen',
      'every ',
      'part of',
      'lost ',
      'one way or',
      'sooner or later',
      'price of',
      'expected',
    ],
    suicide: true,
    pattern:
      /\b(?:(?:everybody|everyone|people|we all|folks|the kids|they all)(?: here)? (?:just )?(?:kind of |sort of )?expects? it(?: now| anymore)?|(?:it's|it is|that's|that is) (?:kind of |sort of )?(?:just )?how it is(?: (?:here|at|in) [\w ]{0,30})?|(?:everybody|everyone) (?:here |around here )?knows (?:somebody|someone) who(?:'s| has) (?:done it|tried)|(?:everybody|everyone|people) (?:here |around here )?knows? (?:that )?(?:people|they|kids|folks) (?:go|come|head) (?:to|there)(?: [\w']+){0,8}|(?:just )?another one(?: gone)?|(?:no|not any) other (?:way out|option|choice|escape)|(?:understood|understand|could see) why (?:she|he|they) (?:did it|felt|chose|would)|knew (?:this|that|it) (?:day )?(?:was|would be) coming|(?:it|this) was (?:always )?going to happen|every (?:semester|year|month|week|summer|winter|spring|fall) (?:now )?(?:somebody|someone|another (?:kid|student|person|one)) (?:else )?(?:is gone|dies|does it|tries)|(?:just |simply )?part of (?:being|living|growing up|life) (?:here|there|in [A-Z]\w+|at [A-Z]\w+)|lost (?:his|her|their) (?:long |brave |hard-fought |private )?(?:battle|fight|struggle|war) (?:with|against)(?: [\w-]+){1,2}|(?:going to|would|was bound to) get (?:him|her|them) (?:one way or (?:another|the other)|eventually|sooner or later)|one way or another|sooner or later(?: it| this)?(?: catches up| gets)?(?: with)?(?: (?:every|all|each) (?:one )?of us)?|(?:part of )?the price of (?:doing )?(?:this|the|that) (?:job|work|life)|expected (?:a |another |the next )?(?:third|second|fourth|one|death|suicide))\b/gi,
  },
  {
    // Sensational words of grief and ruin in a report.
    ...GUIDANCE.sensational,
    cues: ['heartbreak', 'shatter', 'grim', 'spectacle', 'macabre', 'grisly', 'last ', 'final ', 'nightmare'],
    crisis: true,
    pattern:
      /\b(?:(?:that |her |his |their |the )?(?:last|final) (?:lonely|desperate|fateful|terrible|tragic) (?:drive|walk|night|hours?|moments?|steps?|trip|ride)(?: (?:up|to|along|across|into) (?:the |a )?[\w-]+)?|(?:every|any) parent'?s (?:worst )?nightmare|(?:the )?(?:whole )?(?:grim|macabre|horrible|awful|gruesome) (?:spectacle|scene|sight|discovery|end|ordeal)|spectacle|heartbreak(?: at [\w ]{1,30})?|(?:has |have )?shatter(?:ed|s)? (?:this|the|a|our|their) (?:[\w-]+ ){0,3}?(?:town|community|family|city|school|campus|county|village))\b/gi,
  },
  {
    // Universality said other ways: at any age, whatever the past, nobody beyond help.
    ...GUIDANCE.worksForEveryone,
    cues: ['work', 'nobody', 'no one', 'no family', 'whatever', 'every'],
    pattern:
      /\b(?:every (?:guy|girl|man|woman|kid|person|one|family|client|patient|resident|member|student|teen|parent|veteran) who (?:takes|sticks|puts|commits|does|shows|walks|comes|stays|follows|works|gives|sees)\b(?: [\w']+){0,5}|works? (?:whether|regardless of|at any (?:age|stage)|for any (?:age|stage)|at every (?:age|stage)|in every case)|(?:no one|nobody|no family|no person|no child|no teen)(?: \w+)? (?:is|are|was) (?:ever )?(?:too (?:far gone|old|young|sick|broken|late|lost)|beyond (?:help|hope|saving|recovery|repair))|whatever (?:you're|you are|you've been|you have been) (?:dealing with|going through|facing|struggling with|carrying)|whatever (?:the|your|their) [\w' -]{1,40}?, (?:people|you|everyone|families|clients|patients|they|we) (?:will |can |do )?(?:come out|get better|recover|heal|get through|make it)(?: [\w']+){0,4})/gi,
  },
  {
    rule: 'absolute/proven',
    cues: ['proven'],
    suggestion: 'name the evidence and its limits; no "proven"',
    severity: 'block',
    pattern: /\b(?:(?:clinically|scientifically|medically) )?proven\b/gi,
  },
  {
    rule: 'absolute/no-side-effects',
    cues: ['side', 'risk'],
    suggestion: 'describe side effects and risks as the evidence shows them',
    severity: 'block',
    pattern:
      /\b(?:(?:free (?:of|from)|no(?: \w+)?|zero|without(?: any)?|not a single|never a|(?:didn't|did not|don't|never) (?:have|get|had|notice|experience) (?:a single|any)) (?:risk of )?side[- ]effects?(?: whatsoever)?|zero risk of side effects|side[- ]effect[- ]free|risk[- ]free)\b/gi,
  },
  {
    ...GUIDANCE.worksForEveryone,
    cues: ['work', 'whatever', 'is possible for', 'no one is', 'anyone', 'anybody', 'every', 'any family', 'no matter'],
    pattern:
      /\b(?:works? for (?:everyone|anyone|everybody|every \w+|all(?: patients| clients)?)|whatever your (?:diagnosis|history|situation|past|story|struggle)|whatever you(?:'ve| have)? (?:carried|brought|did|went through|been through|done|faced|lost|used|drank|tried|bring|carry)(?: [\w']+){0,5}|(?:recovery|healing|sobriety) is possible for (?:anyone|everyone|everybody|all)|no one is (?:too far gone|beyond (?:help|hope|saving|recovery))|(?:anyone|everyone|anybody|everybody) (?:can|will) (?:recover|get better|get well|get healthy|get sober|get clean|stay sober|turn (?:it|things|their life|his life|her life) around|make it|heal|beat (?:it|addiction|depression))|every (?:client|patient|participant|graduate|guest|resident|family|teen|person|student|member|veteran|man|woman|kid|child|camper|resident)(?! (?:leaves|walks out|goes home)(?: (?:their|his|her|the) (?:first |last )?(?:visit|appointment|session|stay))? with (?:a|an|the|their|his|her) (?:[\w-]+ ){0,2}(?:appointments?|plans?|referrals?|numbers?|prescriptions?|summar(?:y|ies)|schedules?|lists?|packets?|folders?|cards?|kits?)\b)(?= (?:who \w+ (?:\w+ ){0,3}|we \w+ )?(?:recovers|succeeds|leaves|walks out|goes home|heals|gets better|finds|returns|comes out|graduates))|(?:for |to )?(?:everyone|anyone) who (?:shows up|walks through|comes|trusts|calls|commits|stays|enrolls|completes|sticks with|follows|does the work|puts in)(?: (?:our|the) doors| us)?|any family's child|everyone who trusts us|no matter (?:how long|how bad|how many|what)(?: [\w']+){0,5})/gi,
  },
  {
    rule: 'self-identification',
    cues: ['addict', 'alcoholic', 'junkie', 'drunk', 'crackhead', 'user'],
    suggestion: "the person's own words: keep them if they chose them, but don't repeat the label in your text",
    severity: 'info',
    quoted: true,
    pattern:
      /\b(?:i'?m|i am|i was|i've been|as an?|call(?:ed)? myself an?) (?:an? )?(?:recovering |former |ex-|functioning )?(?:addict|alcoholic|junkie|drunk|crackhead|drug user|user)\b/gi,
  },
]

const SUICIDE_WINDOW = 6

const SUICIDE =
  /\b(?:suicid\w*|took (?:his|her|their|my) (?:own )?life|killed (?:himself|herself|themselves)|end(?:ed)? (?:his|her|their) (?:own )?life|self-inflicted|self[- ]harm\w*|threat\w* to (?:jump|kill (?:himself|herself|themselves)|end (?:his|her|their) life|hang|shoot (?:himself|herself)))\b/i
const CARE_TEXT =
  /\b(?:hospital\w*|inpatient|psychiatric|residential|admitted|admission|unit|ward|discharge\w*|rehab|detox|treatment)\b/i
const SUBSTANCE_TEXT =
  /\b(?:detox|rehab|addiction|substance|drugs?|opioids?|heroin|fentanyl|alcohol|drinking|sober|sobriety|withdrawal)\b/i
const OVERDOSE_DEATH = /\b(?:overdos\w*|fatal (?:dose|overdose))\b/i
/** A death reported with a method ("died after jumping from…") is about a suicide even when the word is missing. */
const IMPLIED_SUICIDE =
  /\b(?:died|dead|death|killed|found)\b[^.]{0,80}\b(?:jump(?:ed|ing)|hang(?:ed|ing)|hanged|shot (?:himself|herself|themselves))\b|\b(?:jump(?:ed|ing)|hang(?:ed|ing))\b[^.]{0,80}\b(?:died|dead|death)\b/i
const DEATH =
  /\b(?:died|dies|dead|death|deaths|body|bodies|killed|fatal\w*|found|scene|medical examiner|coroner|took (?:his|her|their) (?:own )?life)\b/i

/** IMPLIED_SUICIDE needs one of these words. */
const IMPLIED_CUE = /jump|hang|shot/

/** Every cue, longest first, with the rules it serves: its own and those whose cue begins it ("user" in "users"). */
const CUES = [...new Set(CONTEXT_RULES.flatMap((entry) => entry.cues ?? []))].sort((a, b) => b.length - a.length)
const CUE_RULES = new Map(
  CUES.map((cue) => [
    cue,
    CONTEXT_RULES.flatMap((entry, index) => (entry.cues?.some((other) => cue.startsWith(other)) ? [index] : [])),
  ]),
)
const CUE_SCAN = new RegExp(CUES.map(escape).join('|'), 'g')

/**
 * For each context rule, which sentences hold one of its cues (null for a rule without cues: all of
 * them). One scan of the lower-case text finds every cue, overlapping ones too.
 */
const sentencesWithCues = (text: string, spans: Span[]): (Uint8Array | null)[] => {
  const marks = CONTEXT_RULES.map((entry) => (entry.cues ? new Uint8Array(spans.length) : null))
  const lower = text.toLowerCase()
  if (lower.length !== text.length) {
    // Lower-casing changed the offsets (rare letters): look sentence by sentence.
    spans.forEach((span, sentence) => {
      const words = span.text.toLowerCase()
      CONTEXT_RULES.forEach((entry, rule) => {
        if (entry.cues?.some((cue) => words.includes(cue))) marks[rule]![sentence] = 1
      })
    })
    return marks
  }
  let sentence = 0
  CUE_SCAN.lastIndex = 0
  for (let match = CUE_SCAN.exec(lower); match; match = CUE_SCAN.exec(lower)) {
    const end = match.index + match[0].length
    while (sentence < spans.length && spans[sentence].end <= match.index) sentence++
    for (let at = sentence; at < spans.length && spans[at].start < end; at++)
      for (const rule of CUE_RULES.get(match[0])!) marks[rule]![at] = 1
    CUE_SCAN.lastIndex = match.index + 1
  }
  return marks
}

/** For each sentence, whether a flagged sentence lies within SUICIDE_WINDOW sentences of it. */
const nearbyFlags = (flags: boolean[]): boolean[] => {
  let last = -Infinity
  const after = flags.map((flag, index) => (flag ? (last = index) : last))
  let next = Infinity
  const before: number[] = new Array(flags.length)
  for (let index = flags.length - 1; index >= 0; index--) before[index] = flags[index] ? (next = index) : next
  return flags.map((_, index) => index - after[index] <= SUICIDE_WINDOW || before[index] - index <= SUICIDE_WINDOW)
}

const HELP_LINE =
  /\b(?:988|lifeline|crisis (?:line|text line|center)|call or text|text (?:home|hello|talk)|help is available|counseling (?:and [\w]+ )?(?:center|services))\b/i

/** One person's suicide reported: who (a pronoun, an age, a role) and what happened. */
const PARTICULAR_DEATH =
  /^(?=.*\b(?:he|she|his|her|\d{1,3}-year-old|teen|teenager|boy|girl|student|junior|senior|sophomore|freshman|inmate|veteran|father|mother|son|daughter)\b)(?=.*\b(?:committed suicide|died|death|found (?:\w+ ){0,3}(?:dead|hang\w*)|took (?:his|her|their) (?:own )?life|killed (?:himself|herself)|jump(?:ed|ing)|hang(?:ed|ing))\b)/i

/** A sentence that reports a death (not a rate or a statistic about deaths). */
const DEATH_REPORT = /\b(?:died|death|dead|body|killed|took (?:his|her|their) (?:own )?life)\b/i

const quotedSpans = (text: string) => quotedRanges(text).concat(spansOf(/[‘'][^‘’'\n]{3,}[’']/g, text))

const findInContext = (
  text: string,
  sentenceSpans: Span[],
  options: AnalysisOptions,
  quotes: [number, number][],
): LanguageFinding[] => {
  const findings: LanguageFinding[] = []
  const lowerSentences = sentenceSpans.map((span) => span.text.toLowerCase())
  const aboutSuicide = sentenceSpans.map(
    (span, index) =>
      SUICIDE.test(span.text) || (IMPLIED_CUE.test(lowerSentences[index]) && IMPLIED_SUICIDE.test(span.text)),
  )
  const careText = CARE_TEXT.test(text)
  const substanceText = SUBSTANCE_TEXT.test(text)
  const aboutOverdose = sentenceSpans.map(
    (span, index) =>
      (lowerSentences[index].includes('overdos') || lowerSentences[index].includes('fatal')) &&
      OVERDOSE_DEATH.test(span.text),
  )
  // A report goes on about the death after it names the suicide ("the third death at the bridge"):
  // a sentence about a death near a suicide carries the suicide context on.
  const nearSuicide = nearbyFlags(aboutSuicide)
  // A story about one person's suicide is about it from headline to end: the whole text is its context.
  const reportsASuicide = aboutSuicide.some((flag, index) => flag && PARTICULAR_DEATH.test(sentenceSpans[index].text))
  const reportsAnOverdose = aboutOverdose.some(
    (flag, index) => flag && PARTICULAR_DEATH.test(sentenceSpans[index].text),
  )
  const everywhere = () => sentenceSpans.map(() => true)
  const suicideNearby = reportsASuicide
    ? everywhere()
    : nearbyFlags(
        aboutSuicide.map((flag, index) => flag || (nearSuicide[index] && DEATH_REPORT.test(sentenceSpans[index].text))),
      )
  const crisisNearby =
    reportsASuicide || reportsAnOverdose
      ? everywhere()
      : nearbyFlags(aboutSuicide.map((flag, index) => flag || aboutOverdose[index]))
  const deathNearby =
    reportsASuicide || reportsAnOverdose
      ? everywhere()
      : nearbyFlags(sentenceSpans.map((span) => DEATH_REPORT.test(span.text)))
  const anySuicide = suicideNearby.some(Boolean)
  const anyCrisis = crisisNearby.some(Boolean)
  const cued = sentencesWithCues(text, sentenceSpans)
  // A rule is tried only where its context can occur and in sentences that hold one of its cues. It
  // must also match the text as a whole (`inText`), which is tested once, when a sentence first matches.
  const candidates = CONTEXT_RULES.flatMap((entry, rule) => {
    if ((entry.suicide && !anySuicide) || (entry.crisis && !anyCrisis)) return []
    if ((entry.care && !careText) || (entry.substances && !substanceText)) return []
    if (cued[rule] && !cued[rule].includes(1)) return []
    return [{ entry, cued: cued[rule], inText: undefined as boolean | undefined }]
  })
  sentenceSpans.forEach((span, index) => {
    const suicideContext = suicideNearby[index]
    const crisisContext = crisisNearby[index]
    for (const candidate of candidates) {
      const { entry, cued } = candidate
      if (candidate.inText === false || (cued && !cued[index])) continue
      if (entry.suicide && !suicideContext) continue
      if (entry.crisis && !crisisContext) continue
      if (entry.report && !deathNearby[index]) continue
      // Where to get help (a crisis line, a counseling center's room) is never the place of a death.
      if (entry.rule === 'safe-messaging/method-or-location' && HELP_LINE.test(span.text)) continue
      if (entry.care && !careText) continue
      if (entry.substances && !substanceText) continue
      if (
        entry.death &&
        !DEATH.test(span.text) &&
        !/\b(?:hang(?:ed|ing)|shot|shooting|jump(?:ed|ing)?|leapt|fell|fall|overdosed|swallow\w*|suicide)\b|\bin the \d+ block of\b|\bhome (?:on|off) [A-Z]|\bfound (?:him|her|them) in\b/i.test(
          span.text,
        )
      )
        continue
      const severity = severityOf(
        { rule: entry.rule, patterns: [], suggestion: '', severity: entry.severity },
        options.severity,
      )
      if (severity === 'off') continue
      const matches: RegExpExecArray[] = []
      entry.pattern.lastIndex = 0
      for (let match = entry.pattern.exec(span.text); match; match = entry.pattern.exec(span.text)) matches.push(match)
      if (!matches.length) continue
      if (candidate.inText === undefined) {
        entry.pattern.lastIndex = 0
        candidate.inText = entry.pattern.test(text)
      }
      if (!candidate.inText) continue
      for (const match of matches) {
        const start = span.start + match.index
        // A quoted note goes on to its closing mark, across the sentences inside it.
        const closing = entry.quotation ? quotes.find(([from, to]) => start >= from && start < to)?.[1] : undefined
        const end = Math.max(start + match[0].length, closing ?? 0)
        if (entry.quotation && text.slice(start, end).trim().split(/\s+/).length < 3) continue
        const quoted = within(start, end, quotes)
        if (entry.quoted && !quoted) continue
        if (
          entry.quotation
            ? TERM_BEFORE.test(text.slice(Math.max(0, start - 40), start))
            : isMention(text, start, quotes)
        )
          continue
        if (
          entry.rule.startsWith('absolute/') &&
          entry.rule !== 'absolute/no-side-effects' &&
          deniedOrAsked(text, start, end)
        )
          continue
        const shown = quoted && !entry.quoted && !entry.quotation ? quotedSeverity(severity) : severity
        findings.push({
          text: text.slice(start, end),
          start,
          end,
          rule: entry.rule,
          severity: shown,
          suggestion: entry.suggestion,
        })
      }
    }
  })
  return findings
}

const overlapping = (a: LanguageFinding, b: LanguageFinding) => a.start < b.end && b.start < a.end

/** Lexicon findings first; a context finding that overlaps one adds nothing. */
export const findLanguage = (
  text: string,
  options: AnalysisOptions,
  sentenceSpans: Span[] = sentences(text),
): LanguageFinding[] => {
  const quotes = quotedSpans(text)
  const fromLexicon = findLexicon(text, options, quotes)
  // Two patterns of one rule can find the same words: one finding each.
  const fromContext = findInContext(text, sentenceSpans, options, quotes)
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter(
      (finding, index, all) =>
        !fromLexicon.some((other) => overlapping(finding, other)) &&
        !all.slice(0, index).some((other) => other.rule === finding.rule && overlapping(finding, other)),
    )
  return [...fromLexicon, ...fromContext].sort((a, b) => a.start - b.start)
}
