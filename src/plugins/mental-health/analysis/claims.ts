import * as cue from './cues'
import { parseSentence, type Sentence, type Span, type Token } from './nlp'
import type { ClaimType } from './types'

/**
 * Claim rules over a parsed sentence: tokens with lemmas, part-of-speech tags, entities and
 * negation. A rule names the evidence it saw (`reason`, shown to compliance) and how sure it is.
 * The first rule that fires decides the type, in the order of RULES: a sentence that cites an
 * authority and gives a number is an establishment (authority) claim.
 */
export type Detection = { type: ClaimType; reason: string; confidence: number }

/** A sentence as the rules see it; it is parsed only when a rule first asks for its tokens. */
type View = {
  readonly sentence: Sentence
  readonly tokens: Token[]
  /** The sentence as written (available without parsing). */
  text: string
  /** Lower-case text with straight quotes, for the few multi-word cues. */
  lower: string
  testimonial: boolean
}

type Rule = {
  type: ClaimType
  reason: string
  confidence: number
  /** Words (any inflection) without which the rule cannot fire: sentences without them skip it. */
  triggers: Trigger[]
  /** A second set of words the sentence must also have (the rule needs both kinds). */
  requires?: Trigger[]
  test: (view: View) => boolean
}

/** A word list, or a feature of the surface text. */
type Trigger = Set<string> | string | 'DIGIT' | 'EST' | 'ER'

const NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens)$/
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/

/** A number that counts: not a date, a time, a phone number. */
const isNumber = (token: Token, previous?: Token, next?: Token) =>
  (token.pos === 'NUM' || /^\d/.test(token.text) || NUMBER_WORD.test(token.lower)) &&
  !MONTH.test(previous?.lower ?? '') &&
  !MONTH.test(next?.lower ?? '') &&
  !/^(?:a\.?m\.?|p\.?m\.?|o'clock)$/.test(next?.lower ?? '') &&
  !/^\d{3}[-.]\d{3}[-.]\d{4}$/.test(token.text) &&
  !/^\d{1,2}:\d\d$/.test(token.text) &&
  !(/^\d+$/.test(token.text) && /^[A-Z]/.test(next?.text ?? '') && next?.pos === 'PROPN')

const YEAR = /^(?:19|20)\d\d$/
const AGE_AFTER = /^(?:-?years?-?old|yo|year-old)$/

/** Numbers that count something: not years, ages, phone or crisis-line numbers, list markers, "one of". */
const countingNumbers = ({ tokens, sentence }: View): number[] => {
  const at: number[] = []
  tokens.forEach((token, index) => {
    if (
      !isNumber(token, tokens[index - 1], tokens[index + 1]) ||
      YEAR.test(token.text) ||
      token.text === '988' ||
      token.text === '911'
    )
      return
    if (token.lower === 'one' || token.lower === 'a') return
    if (
      /^(?:employing|employs|employed|employ|hiring|hired|hires|seats|sleeps|beds)$/.test(
        tokens[index - 1]?.lower ?? '',
      )
    )
      return
    // "within 24 hours", "3 sessions": a duration or a schedule, not a count of people.
    if (
      /^(?:hours?|minutes?|days?|weeks?|months?|years?|sessions?|times?|nights?|mg|milligrams?|miles?)$/.test(
        tokens[index + 1]?.lower ?? '',
      )
    )
      return
    const next = tokens[index + 1]?.lower ?? ''
    const rest = sentence.text.slice(token.end - sentence.start, token.end - sentence.start + 14).toLowerCase()
    if (
      AGE_AFTER.test(next) ||
      /^[- ]?(?:years?|months?)[- ]old\b/.test(rest) ||
      /^(?:-star|\.\d-star| stars?\b)/.test(rest)
    )
      return
    if (
      /^(?:call|text|dial|press|ext|week|day|month|session|step|phase|level|grade|stage|chapter|page|room|floor|suite|unit|number|no|#|route|highway|exit|at|ages?|aged|teens|kids|children|adults|grades?)$/.test(
        tokens[index - 1]?.lower ?? '',
      )
    )
      return
    if (/^\/|\/$/.test(rest) || sentence.text[token.start - sentence.start - 1] === '/') return
    at.push(index)
  })
  return at
}

/** The token's lemma, or its singular when the tagger left a plural as it is (often at a sentence start). */
const singular = (word: string) => word.replace(/ies$/, 'y').replace(/(?:s|es)$/, '')

const lemmaIn = (token: Token | undefined, words: Set<string>) =>
  Boolean(token) &&
  (words.has(token!.lemma) ||
    words.has(token!.lower) ||
    words.has(singular(token!.lower)) ||
    words.has(token!.lower.replace(/s$/, '')))

const findLemma = (tokens: Token[], words: Set<string>, from = 0, to = tokens.length) => {
  for (let index = Math.max(0, from); index < Math.min(tokens.length, to); index++)
    if (lemmaIn(tokens[index], words) && !tokens[index].negated) return index
  return -1
}

const near = (tokens: Token[], index: number, words: Set<string>, before: number, after: number) =>
  findLemma(tokens, words, index - before, index + after + 1) !== -1

const nounNearAny = (tokens: Token[], index: number, before: number, after: number) =>
  tokens.slice(Math.max(0, index - before), index + after + 1).some((token) => /^(?:NOUN|PROPN)$/.test(token.pos))

// Statistics ---------------------------------------------------------------------------------------

const percent = ({ lower }: View) => /\d\s?%|\b\d[\d,.]*\s?(?:percent|per cent)\b|\bpercent(?:age)? of\b/.test(lower)

const PRICE_LIST =
  /\$\s?[\d,.]+\s*(?:each|a|per|an)\s+(?:week|night|session|day|hour|visit|month|program day|infusion|class)\b|\b(?:cost|costs|is|are|start at|starts at)\s+\$\s?[\d,.]+\s*(?:each|a|per|an)\b/
const money = (view: View) =>
  /\$\s?\d|\b\d[\d,.]*\s+dollars\b/.test(view.lower) &&
  /\b(?:can|could|may) cost|\b(?:save|saves|saving|savings|less than|cheaper|fraction|compared|average|averages|typical|up to|or more|as much as|per patient|employers|society)\b/.test(
    view.lower,
  ) &&
  (!PRICE_LIST.test(view.lower) ||
    !/\b(?:our|we|us|rooms?|stays?|sessions?)\b/.test(view.lower) ||
    /\b(?:save|saves|saving|savings|less than|cheaper|fraction|compared|average|up to|or more|as much as)\b/.test(
      view.lower,
    ))

/** A number close to whom or what it counts: "3,200 residents", "between 20 and 30 cases". */
const PERIOD =
  /\b(?:last|this|each|every|per|a|in|since|during|over the (?:past|last)) (?:year|years|month|months|week|decade|quarter|season|spring|summer|fall|autumn|winter|january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(?:annually|yearly|nationwide|nationally|statewide|countywide|in (?:19|20)\d\d|since (?:19|20)\d\d)\b/

/** Whom a number counts, as a noun ("12 individual sessions" counts sessions, not individuals). */
const countedNear = (tokens: Token[], index: number) => {
  for (let at = Math.max(0, index - 1); at <= Math.min(tokens.length - 1, index + 5); at++)
    if (lemmaIn(tokens[at], cue.POPULATION) && tokens[at].pos !== 'ADJ' && tokens[at].pos !== 'ADV') return true
  return false
}

/** A count of people or events: a large number, or any number tied to a period ("9 deaths last year"). */
/** "Last year", "since 2018", "each month": counts tied to these are reported figures, even small ones. */
const RECENT_PERIOD =
  /\b(?:last|this|each|every|per|since|during|over the (?:past|last)) (?:year|years|month|months|week|decade|quarter|season|spring|summer|fall|autumn|winter|january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)\b|\b(?:annually|yearly|nationwide|nationally|statewide|countywide)\b/
const PHONE = /\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}/g

const countOfPeople = (view: View) =>
  countingNumbers(view).some((index) => {
    if (!countedNear(view.tokens, index)) return false
    const token = view.tokens[index]
    const offset = token.start - view.sentence.start
    if (
      [...view.sentence.text.matchAll(PHONE)].some(
        (match) => offset >= match.index! && offset < match.index! + match[0].length,
      )
    )
      return false
    const value = Number(view.tokens[index].text.replace(/,/g, ''))
    const large = Number.isNaN(value)
      ? /^(?:hundreds?|thousands?|millions?|billions?|dozens?)$/.test(view.tokens[index].lower)
      : value > 20
    return (
      (large && PERIOD.test(view.lower)) || (large && !/^\d{4}$/.test(token.text)) || RECENT_PERIOD.test(view.lower)
    )
  })

const ordinalCount = ({ tokens }: View) =>
  tokens.some(
    (token, index) =>
      /^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$/.test(token.lower) &&
      (tokens[index - 1]?.lower === 'the' || /'s$|^'s$/.test(tokens[index - 1]?.lower ?? '')) &&
      nounNearAny(tokens, index, 0, 4) &&
      tokens
        .slice(index + 1, index + 5)
        .some(
          (t) =>
            /^(?:death|die|suicide|overdose|teen|teenager|student|person|victim|fatal|call|case|child|resident|veteran)$/.test(
              t.lemma,
            ) || /^(?:deaths?|teenagers?|calls?|overdoses?|students?)$/.test(t.lower),
        ),
  )

const vagueQuantity = ({ tokens }: View) =>
  tokens.some(
    (token, index) =>
      cue.QUANTITY_WORD.has(token.lower) &&
      tokens[index + 1]?.lower === 'of' &&
      near(tokens, index + 1, cue.POPULATION, 0, 4),
  )

/** Checks the text before the tokens: most sentences with a number have no fraction word. */
const FRACTION_TEXT = new RegExp(`\\b(?:${[...cue.FRACTION_WORD].join('|')})\\b`)

const shareInWords = ({ tokens, lower }: View) =>
  /\b(?:one|two|three)-(?:thirds?|quarters?|fifths?|halves)\b/.test(lower) ||
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z]+\s+)?(?:out\s+)?(?:in|of)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|every)\b/.test(
    lower,
  ) ||
  (FRACTION_TEXT.test(lower) &&
    tokens.some(
      (token, index) =>
        cue.FRACTION_WORD.has(token.lower) &&
        /^(?:a|one|the|nearly|almost|about|over|roughly|two|vast|half)$/.test(tokens[index - 1]?.lower ?? '') &&
        (near(tokens, index, cue.POPULATION, 0, 5) ||
          (tokens[index + 1]?.lower === 'of' && /^(?:them|those|these)$/.test(tokens[index + 2]?.lower ?? ''))),
    ))

/** "Most patients", "the majority of clients": a share without a number, weaker than one with. */
const vagueMajority = ({ tokens, lower }: View) =>
  !/\b(?:most|many|majority) of (?:our|us|you|them|these|my|his|her|their|your|the time|the day)\b|\bfor most\b|\b(?:most|many) our\b|\btoo many\b/.test(
    lower,
  ) &&
  tokens.some(
    (token, index) =>
      /^(?:most|majority|half)$/.test(token.lower) &&
      !token.negated &&
      !tokens.slice(index + 1, index + 7).some((next) => next.negated) &&
      tokens
        .slice(index + 1, index + 4)
        .some((next) => /^(?:NOUN|PROPN)$/.test(next.pos) && lemmaIn(next, cue.POPULATION)) &&
      !tokens
        .slice(index + 2, index + 5)
        .some((next) =>
          /^(?:attend|happen|book|stay|come|choose|meet|start|begin|spend|use|visit|arrive|enroll|live|work|read|listen|offer|receive|pay|call|schedule|see)$/.test(
            next.lemma,
          ),
        ),
  )

/** "Mental illnesses are common", "often goes undiagnosed": prevalence without a number. */
const prevalence = ({ lower }: View) =>
  (!/\b(?:that|this|which)(?: \w+)? is (?:very |quite )?common\b(?! to)/.test(lower) &&
    /(?:\b(?:is|are|remains?|become|becoming)|'s)\s+(?:very\s+|quite\s+|extremely\s+|increasingly\s+|more\s+)?(?:common|widespread|prevalent|rare|underdiagnosed|undertreated)\b/.test(
      lower,
    )) ||
  /\b(?:often|frequently|commonly|usually|typically|rarely|seldom)\s+(?:co-?occurs?|goes? undiagnosed|go untreated|goes untreated|respond|relapse|develop|affects?|runs? in families|undiagnosed|untreated)\b/.test(
    lower,
  ) ||
  /\bdisproportionately\b/.test(lower)

const ranking = ({ lower }: View) =>
  /\b(?:(?:the\s+)?(?:leading|second[- ]leading|third[- ]leading|top|biggest|main|number one|#1)\s+cause|rank(?:s|ed)?\s+(?:first|second|third|\d)|(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))[- ](?:highest|largest|leading|most common)|most common (?:mental|cause|reason|disorder|condition)|(?:near|at) the top of (?:the )?list|(?:one of|among) the (?:leading|top|biggest|deadliest|most common|largest) (?:causes?|killers?|reasons?|risk factors?|public health|health|mental|disorders?|conditions?|problems?|threats?)|(?:leading|top|biggest|deadliest) (?:preventable )?(?:killers?|causes?)|the most commonly (?:used|reported|prescribed|diagnosed|misused))\b/.test(
    lower,
  )

const trend = ({ tokens, lower }: View) => {
  const subject = findLemma(tokens, cue.RATE_NOUN)
  if (subject === -1) return false
  return (
    findLemma(tokens, cue.CHANGE_VERB, subject + 1, subject + 8) !== -1 ||
    findLemma(tokens, cue.CHANGE_VERB, subject - 4, subject) !== -1 ||
    /\b(?:remain(?:s|ed)?|stay(?:s|ed)?|held|holds?)\s+(?:high|steady|elevated|low|stable|flat|at)\b|\bfor the (?:second|third|fourth|fifth|\w+th) (?:straight |consecutive )?(?:year|month|quarter) in a row\b|\bremains? (?:well )?(?:above|below) where\b|\b(?:up|down) from (?:\d|a |about |roughly )/.test(
      lower,
    )
  )
}

const timesOrBy = ({ lower }: View) =>
  /\b\d+(?:\.\d+)?\s*(?:x|times)\s+(?:more|less|as|likely|better|higher|lower|faster|greater)\b/.test(lower) ||
  /\b(?:twice|three times|four times|half) as (?:likely|many|much|often|high|common)\b/.test(lower) ||
  /\b(?:an|the) average of (?:about |roughly |nearly )?\d|\bon average\b|\b(?:\d+|two|three|four|five|six|ten|several) times the (?:rate|risk|number|odds|likelihood)\b|\bratio of \d+|\b\d+ to 1\b|\b(?:two|three|four|five|ten|\d+)[- ]?fold\b/.test(
    lower,
  ) ||
  /\b(?:reduc\w*|cut\w*|lower\w*|decreas\w*|increas\w*|improv\w*|boost\w*|doubl\w*|halv\w*|rais\w*|drop\w*)\b[^.;]{0,60}?\bby\s+(?:up to\s+|about\s+|nearly\s+|over\s+|almost\s+)?(?:\d|half|a third|a quarter)/.test(
    lower,
  ) ||
  /\b(?:success|recovery|relapse|remission|response|completion|readmission|retention|dropout|cure|survival|mortality|death|suicide|overdose)\s+rates?\b/.test(
    lower,
  )

// Authority ----------------------------------------------------------------------------------------

const PERSON_AUTHORITY = cue.set(
  'doctor physician clinician psychiatrist psychologist therapist expert scientist specialist researcher professional authority',
)

/** "Studies show", "leading experts agree": a person only counts in the plural or as a group. */
const researchNounAt = (tokens: Token[]): number => {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]
    if (token.negated || !lemmaIn(token, cue.RESEARCH_NOUN)) continue
    if (
      lemmaIn(token, PERSON_AUTHORITY) &&
      !token.lower.endsWith('s') &&
      !/^(?:every|all|most|many|leading|top)$/.test(tokens[index - 1]?.lower ?? tokens[index - 2]?.lower ?? '')
    )
      if (!/^(?:every|all|most|many|leading|top)$/.test(tokens[index - 2]?.lower ?? '')) continue
    return index
  }
  return -1
}

const isPassiveFind = (tokens: Token[], index: number) =>
  tokens[index].lemma === 'find' && /^(?:be|been|is|are|was|were|being)$/.test(tokens[index - 1]?.lower ?? '')

const researchSays = ({ tokens, lower }: View) => {
  const noun = researchNounAt(tokens)
  if (noun !== -1) {
    for (let verb = noun + 1; verb < Math.min(tokens.length, noun + 15); verb++) {
      const token = tokens[verb]
      if (token.negated || !lemmaIn(token, cue.ASSERTION_VERB) || token.pos === 'NOUN' || token.pos === 'PROPN')
        continue
      if (!isPassiveFind(tokens, verb)) return true
    }
  }
  return /\b(?:shown|proven|found|demonstrated|confirmed|validated|tested|studied)\s+(?:in|by)\s+(?:\w+\s+){0,3}(?:studies|trials|research|researchers|experts|scientists|meta-analys[ie]s)\b|\bin (?:clinical |randomi[sz]ed |controlled |recent |large |published )*(?:trials|studies)\b/.test(
    lower,
  )
}

/** A capitalised run with an organisation word ("the American Psychiatric Association") or a known acronym. */
const organisationAt = (tokens: Token[]): number => {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]
    if (cue.KNOWN_AUTHORITY.has(token.lower) && /^[A-Z]/.test(token.text)) return index
    if (token.pos === 'PROPN' && cue.ORGANISATION_WORD.has(token.lower) && /^[A-Z]/.test(token.text)) return index
  }
  return -1
}

const NEWS_ATTRIBUTION = cue.set('say tell add urge call ask')
const ENDORSE = cue.set(
  'clear approve endorse certify accredit recognize recognise describe define classify consider call list',
)

/** An organisation asserting something; "police said" is attribution, not authority. */
const ORGANISATION_TEXT = new RegExp(
  `\\b(?:${[...cue.KNOWN_AUTHORITY].map((word) => word.toUpperCase()).join('|')}|Harvard|Stanford|Yale|Mayo)\\b|\\b[A-Z][\\w'’-]* (?:[A-Z][\\w'’-]* )*(?:${[...cue.ORGANISATION_WORD].map((word) => word[0].toUpperCase() + word.slice(1)).join('|')})\\b|\\b(?:${[...cue.ORGANISATION_WORD].map((word) => word[0].toUpperCase() + word.slice(1)).join('|')}) (?:of|on|for)\\b`,
)

const namedSourceSays = ({ tokens, text }: View) => {
  if (!ORGANISATION_TEXT.test(text)) return false
  const organisation = organisationAt(tokens)
  if (organisation === -1) return false
  for (let index = Math.max(0, organisation - 12); index < tokens.length; index++) {
    const token = tokens[index]
    if (token.negated || token.pos === 'NOUN' || token.pos === 'PROPN') continue
    if (lemmaIn(token, NEWS_ATTRIBUTION) || isPassiveFind(tokens, index) || tokens[index - 1]?.lower === 'to') continue
    if (lemmaIn(token, cue.ASSERTION_VERB) || lemmaIn(token, ENDORSE)) return true
  }
  return false
}

const guidelines = ({ lower }: View) =>
  /\b(?:guidelines?|recommendations?|standards?|criteria|protocols?) (?:from|of|by|set by|issued by) (?:the )?[a-z]+/.test(
    lower,
  ) && /\b(?:follow|follows|based on|meet|meets|in line with|according to|adhere)\b/.test(lower)

const credentials = ({ lower }: View) =>
  /\b(?:accredited|certified|licensed|recognized|recognised|endorsed|approved|commended|named) by\b|\btrained at (?:a |the )?(?:leading|top|prestigious|renowned|major)\b|\bpublished (?:more than |over )?\w+ (?:papers|studies|articles|books)\b|\bboard[- ]certified\b|\b(?:\d+|\w+) (?:years|decades) of (?:\w+ )?(?:experience|continuous sobriety|sobriety)\b|\bholds? (?:a |an |intensive |national )?(?:[\w-]+ ){0,3}(?:certification|license|credential|training)\b|\b[a-z]+-trained\b|\btrained (?:in|through) \w+|\binterviewed (?:on|by|in)\b|\bused in (?:major |large |clinical )?(?:research|trials|studies)\b|\bspent \w+ years (?:as|at|with)\b|\blist of essential medicines\b|\b(?:are|is) (?:all )?(?:licensed|certified|credentialed)\b|\bour (?:licensed|certified|credentialed|board-certified) \w+|\b(?:featured|as seen) (?:on|in)\b|\baward[- ]winning\b/.test(
    lower,
  )

const citedSource = ({ lower, text }: View) =>
  /\b(?:according to|per|funded by|backed by|cited by|researched by|data from|figures from|a report (?:from|by))\s+(?:the\s+|a\s+|an\s+)?[A-Z0-9]/.test(
    text.replace(/^(?:According|Per)\b/, (word) => word.toLowerCase()),
  ) &&
  !/\baccording to (?:your|you|our|their|his|her|what|how)\b/.test(lower) &&
  !/\baccording to (?:the )?[\w' ]*(?:sheriff|police|department of corrections|fire|coroner|medical examiner|court|family|friends|witnesses|relatives|officials|spokes\w+)/.test(
    lower,
  )

const evidenceLabel = ({ lower, text }: View) =>
  !/\b(?:Evidence|Science|Research|Data)[- ](?:Based|Backed|Driven|Supported|Informed) [A-Z]/.test(text) &&
  /\bbacked by (?:\w+ ){0,3}(?:research|science|evidence|studies|data)\b|\b(?:evidence|science|research|data)[- ](?:based|backed|driven|supported|informed)\b|\bclinically (?:proven|tested|shown|validated|studied)\b|\b(?:doctor|physician|therapist|psychiatrist)[- ](?:recommended|approved|endorsed)\b|\bfda[- ](?:approved|cleared)\b|\bgold standard\b|\b(?:studies|research|experts|science|evidence)\s+(?:show|shows|showed|confirm|prove|agree|suggest)s?\b/.test(
    lower,
  )

const studyMention = ({ lower }: View) =>
  /\b(?:a|one|new|recent|landmark|major|large|published)\s+(?:\w+\s+){0,2}(?:study|trial|report|survey|review|meta-analysis)\b/.test(
    lower,
  ) && /\b(?:found|shows?|showed|reported|suggests?|concluded|revealed|demonstrated)\b/.test(lower)

// Comparatives -------------------------------------------------------------------------------------

/** A comparison is a claim when it is about care, outcomes, people or the provider. */
const CARE_PLACE =
  cue.set(`hospital clinic psychiatrist therapist doctor unit rehab center centre facility staff nurse ward
  place detox provider counselor counsellor`)

/** Comparisons of care, outcomes or providers; people alone are not enough ("rumors spread faster"). */
const comparesCare = (tokens: Token[], lower: string) =>
  findLemma(tokens, cue.TREATMENT_NOUN) !== -1 ||
  findLemma(tokens, CARE_PLACE) !== -1 ||
  findLemma(tokens, cue.OUTCOME_NOUN) !== -1 ||
  /\b(?:our|we|us|this (?:place|clinic|center|centre|program))\b/.test(lower)

const aboutCare = (tokens: Token[], lower: string) =>
  findLemma(tokens, cue.TREATMENT_NOUN) !== -1 ||
  findLemma(tokens, CARE_PLACE) !== -1 ||
  findLemma(tokens, cue.OUTCOME_NOUN) !== -1 ||
  findLemma(tokens, cue.POPULATION) !== -1 ||
  /\b(?:our|we|us|this (?:place|clinic|center|centre|program))\b/.test(lower)

const comparativeThan = ({ tokens, lower }: View) =>
  comparesCare(tokens, lower) &&
  tokens.some((token, index) => {
    if (token.lower !== 'than' || tokens[index - 1]?.lower === 'rather' || tokens[index - 1]?.lower === 'other')
      return false
    if (/^(?:usual|normal|expected|planned|you|i|we|intended|necessary|needed)$/.test(tokens[index + 1]?.lower ?? ''))
      return false
    if (/\bquestions? (?:we|people|parents|families) (?:hear|get|ask)\b/.test(lower)) return false
    if (
      ((tokens[index + 1] && isNumber(tokens[index + 1])) || /^(?:a|an|one)$/.test(tokens[index + 1]?.lower ?? '')) &&
      /^(?:more|less|fewer)$/.test(tokens[index - 1]?.lower ?? '')
    )
      return false
    for (let back = index - 1; back >= Math.max(0, index - 12); back--) {
      const word = tokens[back]
      if (word.negated) return false
      // "More support than weekly therapy" measures a service; "fewer relapses than" is an outcome.
      const next = tokens[back + 1]
      if (
        /^(?:more|less|fewer)$/.test(word.lower) &&
        next?.pos === 'NOUN' &&
        !lemmaIn(next, cue.OUTCOME_NOUN) &&
        !lemmaIn(next, cue.EFFICACY_OBJECT) &&
        !lemmaIn(next, cue.POPULATION)
      )
        return false
      if (
        cue.COMPARATIVE_WORD.has(word.lower) ||
        ((word.pos === 'ADJ' || word.pos === 'ADV') && /er$/.test(word.lower))
      )
        return true
    }
    return false
  })

const INFORMAL_SUPERLATIVE =
  /\b(?:(?:best|fastest|quickest|easiest|simplest|safest) (?:way|time|thing|place|number|email|person|option) (?:to|is)|the best thing about|the best (?:treatment|option|care|fit|plan|approach|choice) for (?:you|your)|the (?:nearest|closest|latest)|the top (?:level|floor|of|row|shelf|step)|most common (?:side effects?|questions?|reasons? (?:people|parents|families) (?:call|ask|reach))|at best|(?:do|try|did) (?:our|your|their|my|his|her) best|most of (?:us|the time|them|you|our day)|make the most|most (?:afternoons|mornings|evenings|days|weeks|nights|importantly|often|likely|people find)|the most (?:common questions?|important (?:thing|step))|the only (?:way to find out|thing)|best wishes|all the best)\b/

const superlative = ({ tokens, lower }: View) => {
  if (INFORMAL_SUPERLATIVE.test(lower)) return false
  if (
    /\b(?:one of|among) the most (?:effective|successful|trusted|respected|proven|advanced|comprehensive|innovative)\b/.test(
      lower,
    )
  )
    return true
  if (!comparesCare(tokens, lower)) return false
  return tokens.some((token, index) => {
    const before = tokens[index - 1]?.lower ?? ''
    if (index === 0 && token.pos === 'ADJ' && /est$/.test(token.lower) && token.lemma !== token.lower) return true
    const beforeThat = tokens[index - 2]?.lower ?? ''
    if (before === 'single' && /^(?:the|our)$/.test(beforeThat) && token.lower === 'most') return true
    if (!/^(?:the|our|america's|the\s+region's|its|their)$/.test(before) && !before.endsWith("'s")) return false
    if (token.negated) return false
    if (cue.SUPERLATIVE_WORD.has(token.lower))
      return token.lower !== 'most' || /^(?:ADJ|ADV)$/.test(tokens[index + 1]?.pos ?? '')
    return (
      token.pos === 'ADJ' &&
      /est$/.test(token.lower) &&
      !/^(?:interest|honest|modest|earnest|latest)$/.test(token.lower)
    )
  })
}

const SUPERIORITY_TEXT =
  /\b(?:unmatched|unrivall?ed|unparalleled|unsurpassed|unbeatable|outperform\w*|surpass\w*|outshin\w*|outpac\w*|superior|world-class|industry-leading|best-in-class|premier|top-rated|award-winning|pre-?eminent|exceptional)\b/

const superiorityWord = ({ lower }: View) =>
  SUPERIORITY_TEXT.test(lower) ||
  /\bunlike (?:a |an |the |other |most |any |prescription |traditional |standard |typical |crowded )?\w+/.test(lower) ||
  /\b(?:isn't|is not|is no|there's no|there is no|you won't find|you will not find|won't find) (?:a |any )?(?:better|safer|more \w+|finer|stronger) \w+|\b(?:a world apart|night and day|in a (?:different )?league|in a league of (?:its|their) own|miles ahead|head and shoulders|the gold[- ]standard|(?:more|less|far more|much more|much less) likely (?:to [\w ]{1,40}?)?than|leaves? (?:[\w-]+ ){0,5}(?:far )?behind|outpaces?)\b/.test(
    lower,
  ) ||
  /\b(?:reaches|helps|works for|succeeds with|gets through to) [\w\s-]{1,40}? (?:that|who|whom|where) [\w\s-]{1,40}? (?:cannot|can't|could not|couldn't|don't|doesn't|never|fails?)\b|\baccomplish(?:es|ed)? (?:in \w+ \w+ )?what\b|\bruns? circles around\b|\b(?:nobody|no one) else (?:in|could|can|does|did|offers)\b|^(?:the )?(?:best|top|#1|number one) (?:\w+ ){0,3}(?:in|on|around) (?:the|town|\w+)|\bthe only (?:one|place|program|clinic|center|centre|team|provider) (?:that|who|where|which)\b|\ba fraction of (?:an? |the )?(?:\w+ ){0,2}(?:bill|cost|price|fee)\b|\bin (?:days|weeks) what (?:\w+ ){0,4}(?:takes|take|took)\b/.test(
    lower,
  ) ||
  /\b(?:compared (?:with|to)|in comparison (?:with|to)|no comparison|(?:came|comes|come) close|a fraction of (?:the )?(?:price|cost|time)|(?:decisive|clear|real|significant|competitive|unfair) advantage|in a way no|no other|nothing else (?:\w+ ){0,3}(?:came|comes|come|compares?|worked|works) (?:close|like|as)|none of (?:them|the others) (?:came|come|compared?)|(?:beats?|beat|beating) (?:the|any|every|all|most|other|juggling|going|traditional|standard|state|national|average)|than any other|than most)\b/.test(
    lower,
  ) ||
  /#\s?1\b/.test(lower) ||
  /\b(?:second to none|(?:an?|the|clear|real) edge over|ahead of (?:other|the rest|the competition|most)|number one|like no other|unlike (?:any )?other (?:programs?|clinics?|centers?|providers?)|no other (?:program|clinic|center|provider))\b/.test(
    lower,
  )

const equivalence = ({ lower }: View) =>
  /\bas (?:effective|effectively|good|successful|safe|powerful|helpful|much|closely) as\b/.test(lower) ||
  (/\bthe same (?:\w+ ){0,3}as (?:a|an|the|inpatient|residential|hospital)\b/.test(lower) &&
    !/\b(?:not|isn't|aren't) the same\b/.test(lower)) ||
  /\bno different (?:from|than)\b|\b(?:do|does|did|fare|fares|fared|perform|performs|performed|work|works|worked) (?:just |every bit |about )?as well as\b/.test(
    lower,
  ) ||
  /\bworks? as well (?:for|in|with) [\w\s,]{1,40}? as\b|\bas (?:much|many) \w+ as (?:a|an|the|\d)/.test(lower) ||
  /\b(?:similar|comparable|equal|equivalent|same|identical) (?:outcomes|results|effectiveness|benefits?|success|improvements?|recovery rates?)\b/.test(
    lower,
  )

/** "Safer" (lemma "safe"), "more effective": a comparative form, told apart by the tagger's lemma. */
const isComparativeAdjective = (tokens: Token[], index: number) => {
  const token = tokens[index]
  if (token.pos !== 'ADJ' && token.pos !== 'ADV') return false
  if (/^(?:better|worse)$/.test(token.lower)) return true
  if (token.lower.endsWith('er') && token.lemma !== token.lower && token.lower.length > 4) return true
  return /^(?:more|less)$/.test(tokens[index - 1]?.lower ?? '') && token.pos === 'ADJ'
}

const OUTCOME_ACTION = cue.set(
  'stay keep remain find recover heal return fare do miss relapse sleep cope feel get improve',
)

/** "Members stay in care longer", "people fare far better", "miss fewer appointments". */
const comparedAction = (tokens: Token[], index: number) => {
  for (let back = index - 1; back >= Math.max(0, index - 4); back--)
    if (tokens[back].pos === 'VERB' && lemmaIn(tokens[back], OUTCOME_ACTION)) return true
  return false
}

const comparativeOutcome = ({ tokens, lower }: View) =>
  comparesCare(tokens, lower) &&
  tokens.some((token, index) => {
    if (token.negated || /^(?:worse|worsening)$/.test(token.lower)) return false
    const fewer = /^(?:fewer|more)$/.test(token.lower) && tokens[index + 1]?.pos === 'NOUN'
    if (!isComparativeAdjective(tokens, index) && !fewer) return false
    // "A higher level of care" names a kind of treatment, not a better outcome.
    if (/^(?:higher|lower)$/.test(token.lower) && /^levels?$/.test(tokens[index + 1]?.lower ?? '')) return false
    if (comparedAction(tokens, index) && !/^(?:other|further|former|later|earlier)$/.test(token.lower)) return true
    if (fewer) return false
    if (/^(?:longer|shorter|larger|smaller|older|younger|later|earlier|other|further|former|lower)$/.test(token.lower))
      return false
    return (
      near(tokens, index, cue.OUTCOME_NOUN, 0, 3) ||
      /^(?:is|are|was|feels?|seems?|proves?|and|,|place|way|option|choice|alternative|setting|environment|approach)$/.test(
        tokens[index - 1]?.lower ?? tokens[index + 1]?.lower ?? '',
      ) ||
      (tokens[index - 1]?.pos === 'ADV' && /^(?:is|are|was|feels?|seems?)$/.test(tokens[index - 2]?.lower ?? '')) ||
      /^(?:place|way|option|choice|alternative|setting|environment|approach|care|treatment|program|and)$/.test(
        tokens[index + 1]?.lower ?? '',
      )
    )
  })

// Promises -----------------------------------------------------------------------------------------

const HEDGE =
  /\b(?:results (?:may )?vary|not intended to (?:diagnose|treat|cure|prevent)|may (?:help|reduce|improve|lower|save)|individual results|no (?:program|treatment|one|therapy|medication|clinic) (?:can|could|will) (?:promise|guarantee|cure)|not everyone|there is no (?:cure|guarantee|quick fix)|isn't a cure|is not a cure|no cure|too early to (?:say|tell)|remains to be seen|unclear whether|not yet known)\b/

const ABSOLUTE_TEXT = new RegExp(`\\b(?:${[...cue.ABSOLUTE_WORD].join('|')})\\b`)

const absolute = ({ tokens, lower }: View) =>
  !HEDGE.test(lower) &&
  ((ABSOLUTE_TEXT.test(lower) && findLemma(tokens, cue.ABSOLUTE_WORD) !== -1) ||
    /\b100\s?%|\bnever (?:relapse|again|return|struggle|look back)|\blife-?(?:changing|saving|altering)\b|\bchanges? everything\b|\bonce and for all\b|\bfor good\b|\bfor life\b|\bno one is (?:too far gone|beyond (?:help|hope|saving|recovery))\b|\bcompletely (?:free|cured|eliminat\w+|heal\w*|recover\w*)\b/.test(
      lower,
    ))

const proven = ({ tokens }: View) =>
  tokens.some((token) => /^(?:proven|proof|proves?|proved)$/.test(token.lower) && !token.negated)

const outcomeVerbAt = (tokens: Token[], index: number): boolean => {
  const token = tokens[index]
  if (!token || token.negated || !lemmaIn(token, cue.OUTCOME_VERB)) return false
  if (
    /^(?:feel|get|find|see|notice|walk|leave|become|experience|live|return|sleep|end|emerge|bounce|break|reach|go|come)$/.test(
      token.lemma,
    )
  )
    return (
      near(tokens, index, cue.OUTCOME_COMPLEMENT, 0, 4) ||
      near(tokens, index, cue.OUTCOME_NOUN, 0, 4) ||
      (token.lemma === 'feel' && isComparativeAdjective(tokens, index + 1))
    )
  return true
}

/** What a provider does for you, not what you will gain: "we will verify your benefits". */
const LOGISTICS =
  cue.set(`meet receive call schedule need pay bring fill complete sign attend work be assign verify check
  review discuss ask start begin visit contact speak talk hear explain answer provide send email text confirm arrange
  coordinate book help match tell walk show follow create build set plan learn practice spend stay sleep eat share use`)

/** Generic verbs that promise only with a result after them: "come home whole", "give your child a second chance". */
const RESULT_AFTER =
  cue.set(`without whole clean sober free better well healed new life lives chance back through home healthy
  ready stronger calm confident transformed rested`)

/** "Helps you recover", "will help them feel better"; not "will help you decide". */
const helpsToOutcome = (tokens: Token[], help: number) =>
  tokens
    .slice(help + 1, help + 5)
    .some(
      (next, at) =>
        (lemmaIn(next, cue.EFFICACY_VERB) && next.lemma !== 'help' && next.lemma !== 'work') ||
        (lemmaIn(next, cue.OUTCOME_VERB) && outcomeVerbAt(tokens, help + 1 + at)),
    )

const futureOutcome = ({ tokens, lower }: View) =>
  !HEDGE.test(lower) &&
  tokens.some((token, index) => {
    const future =
      token.lower === 'will' || token.lower === "'ll" || (token.lower === 'going' && tokens[index + 1]?.lower === 'to')
    if (!future || token.negated) return false
    let verb = index + (token.lower === 'going' ? 2 : 1)
    while (tokens[verb]?.pos === 'ADV' || tokens[verb]?.pos === 'PART') verb++
    const word = tokens[verb]
    if (!word || word.negated) return false
    if (word.lemma === 'be')
      return near(tokens, verb, cue.OUTCOME_COMPLEMENT, 0, 4) || near(tokens, verb, RESULT_AFTER, 0, 7)
    if (word.lemma === 'work') return tokens[verb + 1]?.lower !== 'with' && tokens[verb + 1]?.lower !== 'on'
    if (word.lemma === 'help') return helpsToOutcome(tokens, verb)
    if (outcomeVerbAt(tokens, verb) || lemmaIn(word, cue.EFFICACY_VERB)) return !lemmaIn(word, LOGISTICS)
    if (
      /^(?:change|save|give|get|have|come|go|send|take|last|hold|make|keep|hand|bring|set|finish|leave)$/.test(
        word.lemma,
      )
    )
      return near(tokens, verb, RESULT_AFTER, 0, 10) || near(tokens, verb, cue.OUTCOME_NOUN, 0, 6)
    return false
  })

const universality = ({ tokens, lower }: View) =>
  /\b(?:whatever|no matter) (?:your|the|how|what)\b[^.]{0,60}\b(?:can|will)\b|\b(?:possible|available|achievable|within reach|attainable) for (?:anyone|everyone|everybody|all)\b/.test(
    lower,
  ) ||
  (/\bworks? for (?:everyone|anyone|everybody|all|every \w+)\b/.test(lower) &&
    !tokens.some((token) => /^works?$/.test(token.lower) && token.negated)) ||
  tokens.some((token, index) => {
    if (!cue.UNIVERSAL_SUBJECT.has(token.lower) || token.negated) return false
    if (/^(?:every|each|all)$/.test(token.lower) && !lemmaIn(tokens[index + 1], cue.POPULATION)) return false
    if (token.lower === 'all' && !near(tokens, index, cue.POPULATION, 0, 2)) return false
    for (let next = index + 1; next <= index + 6; next++) {
      if (outcomeVerbAt(tokens, next)) return true
      if (/^(?:can|will|does|do)$/.test(tokens[next]?.lower ?? '') && outcomeVerbAt(tokens, next + 1)) return true
    }
    return false
  })

const reportedGains = ({ tokens }: View) =>
  tokens.some((token, index) => {
    if (!lemmaIn(token, cue.POPULATION) || token.negated) return false
    const verb = findLemma(tokens, cue.GAIN_VERB, index + 1, index + 4)
    return verb !== -1 && near(tokens, verb, cue.GAIN_NOUN, 0, 4)
  })

/** "Progress that keeps going long after discharge", "go home with their lives back". */
const durability = ({ tokens, lower }: View) =>
  !HEDGE.test(lower) &&
  (/\b(?:keeps? going|lasts? (?:a lifetime|for years|for life)|long after (?:discharge|graduation|treatment|you leave)|for the rest of (?:your|their) li(?:fe|ves))\b/.test(
    lower,
  ) ||
    /\b(?:with|get|gets|have|has) (?:their|your) (?:life|lives) back\b/.test(lower) ||
    /\bwithin reach for (?:everyone|anyone|all|every)\b/.test(lower) ||
    /\b(?:change|changes|changed|changing|transform\w*) (?:lives|people's lives)\b|\b(?:benefits|results|effects|relief|gains|improvements) (?:can |often |usually |typically )?last (?:for )?(?:months|years|a lifetime|long)\b|\bgives? (?:clients|you|patients|people|families|members|residents|teens) (?:the |a )?(?:skills|tools|support|foundation|strength)\b[^.]{0,60}\b(?:need|to (?:build|stay|live|recover|thrive))|\blasts? long after|\bkeeps? (?:working|going|paying off)|\b(?:month|year|week) after (?:month|year|week)|\bthat (?:sticks|lasts)\b|\bgets? (?:them|you|him|her|people|teens|kids|clients|families) (?:unstuck|better|well|sober|clean|back on track|moving again)\b|\b(?:are|is|become|becomes) (?:highly |very |extremely |completely |entirely )?(?:treatable|curable|beatable|reversible|preventable)\b|\bsaves? lives\b|\b(?:your|a) new (?:life|beginning|chapter) (?:starts|begins)\b|\b(?:nobody|no one) (?:leaves|goes home|walks out) with\b/.test(
      lower,
    ) ||
    /\b(?:patients|clients|people|members|residents|participants|students|veterans|graduates|families) (?:are|will be|can|become|remain) (?:\w+ ){0,3}(?:able|free) to (?:drive|work|hold|return|go back|live|parent|study|sleep|keep)\b/.test(
      lower,
    ) ||
    /\b(?:never|rarely|seldom|almost never|hardly ever) (?:need to |have to |again )?(?:go back|return|come back|relapse|be readmitted|be hospitalized|end up back)\b|\bnever (?:again )?need (?:\w+ ){0,3}(?:care|treatment|hospital\w*|rehab)(?: again)?\b/.test(
      lower,
    ) ||
    (/\b(?:real and )?lasting\b/.test(lower) && findLemma(tokens, cue.OUTCOME_NOUN) !== -1))

const reliability = ({ tokens }: View) =>
  tokens.some(
    (token, index) => lemmaIn(token, cue.RELIABLE) && !token.negated && near(tokens, index, cue.PATH_NOUN, 0, 3),
  )

/** A finite form ("calms", "stabilized", "can lift"), not "to treat" or "treating". */
const isFiniteVerb = (tokens: Token[], index: number) => {
  const token = tokens[index]
  if (token.lower.endsWith('ing') || tokens[index - 1]?.lower === 'to') return false
  return token.pos === 'VERB' || token.pos === 'AUX' || /s$/.test(token.lower)
}

const efficacy = ({ tokens, lower }: View) => {
  if (HEDGE.test(lower)) return false
  const subject = Math.max(findLemma(tokens, cue.TREATMENT_NOUN), findLemma(tokens, cue.PROVIDER))
  const start = subject === -1 ? 0 : subject + 1
  if (subject === -1) return false
  for (let verb = start; verb < Math.min(tokens.length, start + 14); verb++) {
    const token = tokens[verb]
    if (token.negated || !lemmaIn(token, cue.EFFICACY_VERB) || !isFiniteVerb(tokens, verb)) continue
    if (/^(?:be|been|was|were|is|are|being|get|got)$/.test(tokens[verb - 1]?.lower ?? '') && token.lower.endsWith('ed'))
      continue
    if (token.lemma === 'help') {
      if (subject !== -1 && tokens[verb + 1]?.lower === 'with' && near(tokens, verb, cue.EFFICACY_OBJECT, 0, 6))
        return true
      if (subject !== -1 && helpsToOutcome(tokens, verb)) return true
      continue
    }
    if (token.lemma === 'treat' && (subject === -1 || !lemmaIn(tokens[subject], cue.TREATMENT_NOUN))) continue
    if (token.lemma === 'work') {
      if (
        /\bworks?\b(?!\s+(?:with|on|through|alongside|together|closely|as|at|in|to))/.test(lower) &&
        !/\b(?:what makes|(?:how|why) (?:it|this|the [\w ]+?|our [\w ]+?) works?|works? best (?:with|when))\b/.test(
          lower,
        )
      )
        return true
      continue
    }
    if (near(tokens, verb, cue.EFFICACY_OBJECT, subject === -1 ? 4 : 0, 6)) return true
  }
  return (
    subject !== -1 &&
    /\b(?:is|are|was|were|be|been)\s+(?:highly\s+|very\s+|remarkably\s+|extremely\s+)?effective\b|\beffectively (?:treat|treated|treats|manage|relieve|reduce)/.test(
      lower,
    )
  )
}

// Speed and safety ---------------------------------------------------------------------------------

const TIME_WINDOW =
  /\b(?:(?:in|within|after|over|inside)\s+(?:just\s+|only\s+|as little as\s+|under\s+|less than\s+|about\s+|the\s+(?:first\s+|very\s+first\s+)?|a\s+|their\s+|your\s+|her\s+|his\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|couple of|first|single|very first|an?)?(?:\s*(?:to|-|or)\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten))?\s*(?:hours?|days?|weeks?|months?|sessions?|dose|doses|infusions?|treatments?|visits?|appointments?|fortnight|minutes?)|(?:in|within) (?:minutes|hours|days|weeks|a matter of (?:minutes|hours|days|weeks))|by (?:the end of )?(?:the |their |your )?(?:week|day|month|session|second|third|fourth|fifth|\d+(?:st|nd|rd|th)) ?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|week|day|month|session)?|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|thirty|sixty|ninety) (?:days?|weeks?|months?) from now|same[- ](?:day|week) (?:relief|results|admission)|overnight|by (?:nightfall|tonight|tomorrow|morning|bedtime|the end of the (?:day|week)))\b/

const SERVICE_SPEED =
  /\b(?:follow(?:s|ed)? up|sit down|meet with|go over|hear back|get a call|contact you|reach out|call you back)\b|\b(?:return|answer|respond)s?\b[^.]{0,30}\b(?:calls?|emails?|messages?)|\b(?:admission|intake|appointment|callback|response|reply|scheduling)s?\b/

const speed = ({ tokens, lower }: View) => {
  const claimedSpeed = tokens.some(
    (token, index) =>
      !token.negated &&
      ((lemmaIn(token, cue.SPEED_VERB) && near(tokens, index, cue.OUTCOME_NOUN, 0, 4)) ||
        (cue.SPEED_ADJECTIVE.has(token.lower) && near(tokens, index, cue.OUTCOME_NOUN, 0, 2)) ||
        (/^(?:quickly|rapidly|fast|swiftly|immediately|instantly)$/.test(token.lower) &&
          (near(tokens, index, cue.OUTCOME_NOUN, 3, 3) || near(tokens, index, cue.EFFICACY_VERB, 3, 1)))),
  )
  if (claimedSpeed) return true
  if (!TIME_WINDOW.test(lower) || (SERVICE_SPEED.test(lower) && !/\b(?:relief|better|sober|symptoms?)\b/.test(lower)))
    return false
  if (!aboutCare(tokens, lower) && findLemma(tokens, cue.EFFICACY_VERB) === -1) return false
  return (
    findLemma(tokens, cue.OUTCOME_NOUN) !== -1 ||
    tokens.some(
      (_, index) =>
        outcomeVerbAt(tokens, index) || (lemmaIn(tokens[index], cue.EFFICACY_VERB) && isFiniteVerb(tokens, index)),
    ) ||
    /\b(?:sober|clean|stable|better|well|symptom-free|back (?:to|in|at)|steadier|calmer|lift|lifts|lifted|lifting|ease|eases|eased|relief|finish(?:es)? detox|sleep(?:s|ing)? through|different person|walk(?:ed)? out|feel(?:s|ing)?)\b/.test(
      lower,
    )
  )
}

const NO_HARM =
  /\b(?:no|zero|without|free of|free from)\s+(?:\w+\s+)?(?:side[- ]effects|complications|withdrawal symptoms|injuries|incidents)\b|\bsafety record\b|\b(?:can't|cannot|can not|won't) (?:hurt|harm) (?:anybody|anyone|you|a person)\b|\bnot (?:habit[- ]forming|addictive)\b|\bnot a single side[- ]effect\b|\bnon-?invasive\b|\bdrug-free\b|\b(?:spotless|flawless|perfect|clean) (?:safety )?record\b|\bsafe to (?:give|use|take|combine|stop)\b|\bside[- ]effect[- ]free\b|\bnon-?(?:addictive|habit[- ]forming)\b|\bnever dangerous\b|\bwell[- ]tolerated\b|\brisk-free\b|\bpainless\b|\bwithout (?:any )?(?:risk|withdrawal|pain|discomfort)\b|\b(?:completely|totally|perfectly|entirely|100%)\s+safe\b|\bsafe and effective\b|\b(?:doesn't|does not|won't|will not|don't|do not|never) (?:cause|make you feel|lead to|leave you)\b[^.]{0,40}\b(?:weight gain|drowsiness|memory|drugged|dependen\w+|addict\w+|side effects?|foggy|groggy|high)\b/
const SAFE_CARE =
  /\b(?:considered|deemed|shown to be|proven|known to be) safe\b|\b(?:is|are|be)\s+(?:completely\s+|perfectly\s+|very\s+|entirely\s+)?safe\b|^(?:[\w-]+\s){0,6}safe,|\bsafe(?:ly)?\s+(?:and|,)\s+(?:comfortabl[ey]|gentl[ey]|effective(?:ly)?|fast|painless(?:ly)?|well)\b|\bgentle\b/

/** "No side effects", "non-addictive"; "safe" and "gentle" only about treatment (not a safety plan at home). */
const safety = ({ tokens, lower }: View) =>
  NO_HARM.test(lower) || (SAFE_CARE.test(lower) && findLemma(tokens, cue.TREATMENT_NOUN) !== -1)

// Testimonial outcomes -----------------------------------------------------------------------------

const PERSONAL_OUTCOME =
  /\b(?:saved (?:my|his|her|their|our) (?:life|lives|marriage|family|son|daughter|liver|job)|changed my life|(?:gave|give|gives|handed) (?:me|him|her|them|us|you) (?:back )?(?:my|his|her|their|our|your|a) (?:life|lives|son|daughter|family|wife|husband|spark|hope|future)(?: back)?|(?:got|has|have|had) (?:my|his|her|their) (?:life|lives|wife|husband|son|daughter|mom|dad|kid) back|(?:i|he|she|they|we)(?:'ve| have| has|'s)? (?:been|stayed|remained) (?:sober|clean|well|stable|symptom-free|out of the hospital|drug-free|alcohol-free)|(?:sober|clean) (?:for|since)|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|eighteen|500|a hundred)\s+(?:days?|weeks?|months?|years?) (?:sober|clean|free)|(?:days?|weeks?|months?|years?) (?:sober|clean) (?:now|and counting|this month|today)|(?:haven't|hasn't|have not|has not|hadn't) (?:had a (?:drink|drop|panic attack)|used|relapsed|touched|needed|binged|purged|cut|self-harmed|been back)|no longer (?:struggles?|feels?|needs?|has|have|suffers?|fears?|drinks?|uses?)|(?:my|his|her|their) (?:anxiety|depression|panic(?: attacks)?|cravings|symptoms|nightmares|flashbacks|score|blood pressure) (?:is|are|was|were|have|has|had|went) (?:gone|under control|manageable|disappeared|vanished|lifted|dropped|back to normal|from)|(?:feel|feels|felt|feeling) (?:like (?:myself|himself|herself|themselves|a new person) again|human again|human)|(?:is|are|am) (?:now )?thriving|(?:back|went back|going back) to (?:work|school|college|coaching|teaching|my|his|her|their|normal)|back (?:in|at) (?:school|work|class|college)|ever since|(?:stayed|kept) (?:out of|off) (?:the hospital|drugs|alcohol)|a (?:new|different) (?:man|woman|person|kid)|(?:is|am|are) (?:alive|sober|clean|recovered|in recovery) (?:and|today|now)|weight-restored|stopped (?:hurting|cutting|drinking|using)(?: myself| himself| herself)?|(?:walked|came) out (?:feeling|a new|clean|sober)|(?:dropped|went) from \w+ to|retrained my brain|(?:gained|got) back (?:the weight|his|her|my)|for the first time (?:in|since)|finally (?:eating|sleeping|sober|clean|myself|happy|at peace|home)|(?:zero|no) (?:withdrawal )?(?:symptoms|cravings)\.?$)/

const NARRATOR = /\b(?:i|i'm|i've|my|me|he|his|him|she|her|they|their)\b/
const STORY_OUTCOME =
  /\b(?:helped (?:me|him|her|us|them) (?:finally )?(?:deal with|overcome|get over|beat|manage|face|quit|stop|get through)|stays? asleep|sleeps? (?:until|till) (?:dawn|morning)|stopped taking (?:\w+ ){0,3}(?:pills|meds|medications?|drugs|aids)|rejoined|re-enrolled|(?:came|come|coming|got|is|was|went) off (?:\w+ ){0,3}(?:meds|medications?|pills|aids|drugs|opioids|methadone|antidepressants)|now (?:runs|works|owns|teaches|coaches|leads|volunteers|mentors)|(?:thinned|faded|eased|subsided|lifted|dropped|fell) (?:to|away|off)|(?:has|have|hasn't|haven't) (?:not )?had (?:a|an|any) (?:\w+ ){0,2}(?:spell|episode|attack|drink|relapse|flashback|one)s? since|sleeps? through the night|returned (?:the|my|our) (?:man|woman|son|daughter|husband|wife|dad|mom|father|mother)|went from .{3,80}? to|walk (?:me|her|him) down the aisle|(?:got|get|have|has|had) (?:my|his|her|their) \w+ back|(?:went|goes|go|is|am|are|was|'m) back to \w+|again\b(?![^.]*\?)|(?:nightmares|panic attacks|flashbacks|cravings|symptoms|score) (?:had |have |has )?(?:dropped|gone|eased|stopped|disappeared|faded|fell)|got (?:me|him|her|them) through|(?:felt|feel|feels) the (?:fog|weight|cloud|darkness) lift|(?:'m|am|is) alive|stuck (?:to|with) it for|(?:ran|run|finished|completed) (?:my|his|her) first)/

const personalOutcome = ({ lower }: View) =>
  !/\b(?:relaps\w*|died|overdosed|was found dead|using again|drinking again|arrested|back in jail)\b/.test(lower) &&
  (PERSONAL_OUTCOME.test(lower) || (NARRATOR.test(lower) && STORY_OUTCOME.test(lower) && !/\?\s*$/.test(lower)))

const PERSONAL_OUTCOME_WORDS =
  cue.set(`asleep dawn taking rejoined off now thinned faded eased subsided lifted since sleeps returned aisle again alive through stuck ran run fog lift saved changed life lives sober clean haven hasn hadn have has longer anxiety depression
  panic cravings symptoms nightmares flashbacks myself himself herself themselves thriving back ever stayed kept remained
  been feel feels felt new different alive restored stop stopped walked came dropped went retrained gained got first
  finally zero score pressure handed`)

const firstPersonResult = ({ lower, testimonial }: View) =>
  testimonial &&
  /\b(?:i am|i'm|i have been|i've been|i feel|i felt|i finally|i can now|i now|now i)\b[^.]{0,60}\b(?:sober|clean|free|better|cured|recovered|symptom-free|happy|myself|hope|whole|normal|calm|confident|control)\b/.test(
    lower,
  )

const NUMBER_WORDS = cue.set(`two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
  forty fifty hundred thousand million billion dozen half every`)

// Order matters: the first rule that fires decides the type.
export const RULES: Rule[] = [
  {
    type: 'authority',
    reason: 'names a source that asserts a finding',
    confidence: 0.85,
    triggers: [cue.KNOWN_AUTHORITY, cue.ORGANISATION_WORD],
    requires: [cue.ASSERTION_VERB, ENDORSE],
    test: namedSourceSays,
  },
  {
    type: 'authority',
    reason: 'research or experts said to show something',
    confidence: 0.85,
    triggers: [cue.RESEARCH_NOUN],
    requires: [cue.ASSERTION_VERB, 'shown proven found demonstrated confirmed'],
    test: researchSays,
  },
  {
    type: 'authority',
    reason: 'cites a source ("according to", "per")',
    confidence: 0.85,
    triggers: ['according per funded endorsed approved recognized recognised backed cited researched'],
    test: citedSource,
  },
  {
    type: 'authority',
    reason: 'labels itself evidence-backed or clinically proven',
    confidence: 0.8,
    triggers: [
      'evidence science research data clinically doctor physician therapist psychiatrist fda gold studies experts',
    ],
    test: evidenceLabel,
  },
  {
    type: 'authority',
    reason: 'refers to a study',
    confidence: 0.75,
    triggers: ['study trial report survey review meta'],
    test: studyMention,
  },
  {
    type: 'authority',
    reason: "follows a body's guidelines",
    confidence: 0.7,
    triggers: ['guideline guidelines recommendation recommendations standard standards criteria protocol protocols'],
    test: guidelines,
  },
  {
    type: 'authority',
    reason: 'cites credentials or accreditation',
    confidence: 0.7,
    triggers: ['accredited certified licensed recognized recognised endorsed approved board featured seen award'],
    test: credentials,
  },
  { type: 'statistic', reason: 'a percentage', confidence: 0.9, triggers: ['% percent'], test: percent },
  {
    type: 'statistic',
    reason: 'a share in words (one in five, a third of)',
    confidence: 0.8,
    triggers: ['DIGIT', NUMBER_WORDS, cue.FRACTION_WORD],
    test: shareInWords,
  },
  {
    type: 'statistic',
    reason: 'a ranking (the leading cause of …)',
    confidence: 0.8,
    triggers: [
      'leading cause rank ranks ranked highest largest common # top list among killer killers deadliest biggest',
    ],
    test: ranking,
  },
  {
    type: 'statistic',
    reason: 'a count of people or events',
    confidence: 0.8,
    triggers: ['DIGIT', NUMBER_WORDS],
    requires: [cue.POPULATION],
    test: countOfPeople,
  },
  {
    type: 'statistic',
    reason: 'a large vague quantity (thousands of …)',
    confidence: 0.7,
    triggers: [cue.QUANTITY_WORD],
    test: vagueQuantity,
  },
  {
    type: 'statistic',
    reason: 'a rate, a multiple or a change by an amount',
    confidence: 0.8,
    triggers: ['times twice by rate rates half ratio average'],
    test: timesOrBy,
  },
  {
    type: 'statistic',
    reason: 'a rate said to rise or fall',
    confidence: 0.7,
    triggers: [cue.CHANGE_VERB, 'remain remains remained stay stays stayed held holds steady'],
    test: trend,
  },
  { type: 'statistic', reason: 'a cost or saving', confidence: 0.75, triggers: ['$ dollars'], test: money },
  {
    type: 'statistic',
    reason: 'an ordinal count (the fourth death this year)',
    confidence: 0.7,
    triggers: ['second third fourth fifth sixth seventh eighth ninth tenth DIGIT'],
    test: ordinalCount,
  },
  {
    type: 'testimonial-outcome',
    reason: "a person's outcome told as evidence",
    confidence: 0.75,
    triggers: [PERSONAL_OUTCOME_WORDS],
    test: personalOutcome,
  },
  {
    type: 'testimonial-outcome',
    reason: 'a first-person result in a testimonial',
    confidence: 0.75,
    triggers: ['i im'],
    test: firstPersonResult,
  },
  { type: 'comparative', reason: 'compares with "than"', confidence: 0.8, triggers: ['than'], test: comparativeThan },
  {
    type: 'comparative',
    reason: 'claims equal results',
    confidence: 0.85,
    triggers: ['as similar comparable equal equivalent same identical'],
    test: equivalence,
  },
  {
    type: 'comparative',
    reason: 'claims superiority',
    confidence: 0.8,
    triggers: [
      cue.SUPERIORITY,
      'likely gold none edge ahead one other # compared comparison close fraction advantage way nothing beat beats beating unlike any most better safer finer stronger world night league miles head gold behind outpace outpaces reaches helps works succeeds accomplish accomplishes days weeks',
    ],
    test: superiorityWord,
  },
  {
    type: 'comparative',
    reason: 'a superlative (the best, the most trusted)',
    confidence: 0.7,
    triggers: [cue.SUPERLATIVE_WORD, 'EST'],
    test: superlative,
  },
  {
    type: 'promise',
    reason: 'an absolute (cure, guarantee, life-changing)',
    confidence: 0.9,
    triggers: [cue.ABSOLUTE_WORD, '100 never life changes change once good completely'],
    test: absolute,
  },
  {
    type: 'promise',
    reason: 'says it is proven',
    confidence: 0.85,
    triggers: ['proven proof proves prove proved'],
    test: proven,
  },
  {
    type: 'safety-speed',
    reason: 'claims safety (no side effects, non-addictive)',
    confidence: 0.85,
    triggers: [
      'side non addictive safe risk painless without doesn don won never cause complications dangerous tolerated gentle habit zero record injuries incidents spotless flawless',
    ],
    test: safety,
  },
  {
    type: 'safety-speed',
    reason: 'claims speed (within weeks, speeds healing)',
    confidence: 0.75,
    triggers: [
      cue.SPEED_VERB,
      cue.SPEED_ADJECTIVE,
      'week weeks day days month months session sessions within fortnight minutes minute hours hour quickly rapidly swiftly immediately instantly',
    ],
    test: speed,
  },
  {
    type: 'comparative',
    reason: 'a comparative outcome (greater benefit, a safer setting)',
    confidence: 0.7,
    triggers: [cue.COMPARATIVE_WORD, 'ER'],
    requires: [cue.OUTCOME_NOUN, cue.TREATMENT_NOUN, CARE_PLACE, 'our we us this'],
    test: comparativeOutcome,
  },
  {
    type: 'statistic',
    reason: 'a share without a number (most people)',
    confidence: 0.6,
    triggers: ['most majority half'],
    test: vagueMajority,
  },
  {
    type: 'promise',
    reason: 'promises lasting results',
    confidence: 0.65,
    triggers: [
      'change changes changed transform transforms benefits results effects last preventable saves save nobody starts begins gives give keeps lasting lasts life years long back reach never rarely seldom hardly return relapse month year week sticks gets get treatable curable beatable reversible able free',
    ],
    test: durability,
  },
  {
    type: 'statistic',
    reason: 'prevalence without a number (common, often undiagnosed)',
    confidence: 0.6,
    triggers: [
      'common widespread prevalent rare underdiagnosed undertreated often frequently commonly usually typically rarely seldom disproportionately',
    ],
    test: prevalence,
  },
  {
    type: 'promise',
    reason: 'promises an outcome (you will …)',
    confidence: 0.75,
    triggers: ['will ll going wo'],
    test: futureOutcome,
  },
  {
    type: 'promise',
    reason: 'says everyone gets the result',
    confidence: 0.75,
    triggers: [cue.UNIVERSAL_SUBJECT, 'works'],
    test: universality,
  },
  {
    type: 'promise',
    reason: 'reports gains by patients',
    confidence: 0.7,
    triggers: [cue.GAIN_VERB],
    requires: [cue.GAIN_NOUN],
    test: reportedGains,
  },
  {
    type: 'promise',
    reason: 'calls itself a dependable path',
    confidence: 0.7,
    triggers: [cue.RELIABLE],
    test: reliability,
  },
  {
    type: 'promise',
    reason: 'says a treatment works or helps',
    confidence: 0.6,
    triggers: [cue.EFFICACY_VERB, 'effective'],
    requires: [cue.TREATMENT_NOUN, cue.PROVIDER, cue.EFFICACY_OBJECT],
    test: efficacy,
  },
]

/** Surface forms a lemma may take, generously: a trigger that fires too often only costs a rule check. */
const IRREGULAR: Record<string, string[]> = {
  show: ['shown', 'showed'],
  find: ['found'],
  prove: ['proven', 'proved'],
  rise: ['rose', 'risen'],
  fall: ['fell', 'fallen'],
  grow: ['grew', 'grown'],
  say: ['said'],
  see: ['saw', 'seen'],
  feel: ['felt'],
  get: ['got', 'gotten'],
  leave: ['left'],
  become: ['became'],
  break: ['broke', 'broken'],
  beat: ['beaten'],
  make: ['made'],
  lead: ['led'],
  cut: ['cut'],
  keep: ['kept'],
  stay: ['stayed'],
  give: ['gave', 'given'],
  meta: ['meta-analysis'],
  woman: ['women'],
  man: ['men'],
  person: ['people'],
  child: ['children'],
  analysis: ['analyses'],
  alumnus: ['alumni'],
  life: ['lives'],
  research: ['researchers'],
}
const inflections = (word: string): string[] => [
  word,
  `${word}s`,
  `${word}es`,
  `${word}d`,
  `${word}ed`,
  `${word}ing`,
  word.replace(/e$/, 'ing'),
  word.replace(/y$/, 'ies'),
  word.replace(/y$/, 'ied'),
  word.replace(/([^aeiou])([aeiou])([bdgmnpt])$/, '$1$2$3$3ed'),
  word.replace(/([^aeiou])([aeiou])([bdgmnpt])$/, '$1$2$3$3ing'),
  ...(IRREGULAR[word] ?? []),
]

/** Which (rule, trigger group) pairs a word or a feature of the text satisfies. */
type Hit = { rule: number; group: 0 | 1 }
const triggerIndex = new Map<string, Hit[]>()
const featureHits: Record<'DIGIT' | 'EST' | 'ER', Hit[]> = { DIGIT: [], EST: [], ER: [] }
RULES.forEach((rule, index) => {
  const groups: Trigger[][] = rule.requires ? [rule.triggers, rule.requires] : [rule.triggers]
  groups.forEach((triggers, group) => {
    for (const trigger of triggers) {
      const hit: Hit = { rule: index, group: group as 0 | 1 }
      if (trigger === 'DIGIT' || trigger === 'EST' || trigger === 'ER') {
        featureHits[trigger].push(hit)
        continue
      }
      const words = typeof trigger === 'string' ? trigger.split(/\s+/) : [...trigger]
      for (const word of words.flatMap(inflections)) {
        const hits = triggerIndex.get(word) ?? []
        if (!hits.some((other) => other.rule === index && other.group === hit.group)) hits.push(hit)
        triggerIndex.set(word, hits)
      }
    }
  })
})
const needed = RULES.map((rule) => (rule.requires ? 0b11 : 0b01))

const SURFACE_WORD = /[a-z0-9]+|[%$#]/g

/** The rules a sentence could fire, from its surface words alone: no parse needed to rule most out. */
export const triggeredRules = (text: string): Uint8Array => {
  const groups = new Uint8Array(RULES.length)
  const mark = (hits: Hit[] | undefined) => {
    if (hits) for (const { rule, group } of hits) groups[rule] |= 1 << group
  }
  const lower = text.toLowerCase()
  for (const [word] of lower.matchAll(SURFACE_WORD)) {
    mark(triggerIndex.get(word))
    if (word.length > 4 && word.endsWith('est')) mark(featureHits.EST)
    if (word.length > 4 && word.endsWith('er')) mark(featureHits.ER)
  }
  if (/\d/.test(lower)) mark(featureHits.DIGIT)
  return groups.map((hit, rule) => (hit === needed[rule] ? 1 : 0))
}

export const anyTriggered = (fired: Uint8Array) => fired.some((value) => value === 1)

const SOURCE_LINE =
  /^\s*\(?(?:sources?|photo|image|credit|references?|citation|via|caption)\b\s*:|^\s*(?:compiled|adapted|excerpted|reprinted) from\b/i
/** In a question only an explicit figure is a claim ("Did you know 1 in 5 adults…?"); the rest is asked, not said. */
const ASKED_FIGURES = new Set([
  'a percentage',
  'a share in words (one in five, a third of)',
  'a count of people or events',
])

const lazyView = (span: Span, testimonial: boolean): View => {
  let parsed: Sentence | undefined
  const sentence = () => (parsed ??= parseSentence(span))
  return {
    get sentence() {
      return sentence()
    },
    get tokens() {
      return sentence().tokens
    },
    text: span.text,
    lower: span.text.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"'),
    testimonial,
  }
}

/**
 * The claim a sentence makes, if it makes one; questions and source lines make few. Only the rules
 * its words could fire are tried, and it is parsed only if one of them needs its tokens.
 */
export const detectClaim = (
  span: Span,
  { testimonial = false, fired = triggeredRules(span.text) }: { testimonial?: boolean; fired?: Uint8Array } = {},
): Detection | undefined => {
  if (SOURCE_LINE.test(span.text)) return undefined
  const view = lazyView(span, testimonial)
  const question = /\?["”’')]*\s*$/.test(span.text)
  for (const [index, rule] of RULES.entries()) {
    if (!fired[index]) continue
    if (question && !ASKED_FIGURES.has(rule.reason)) continue
    if (rule.test(view)) return { type: rule.type, reason: rule.reason, confidence: rule.confidence }
  }
  return undefined
}
