import * as cue from '../cues'
import { type Token } from '../nlp'
import { type View, countingNumbers, findLemma, lemmaIn, near, nounNearAny } from './view'

/** Statistics: percentages, shares, counts tied to a period, rankings, trends, multiples, costs. */

export const percent = ({ lower }: View) =>
  /\d\s?%|\b\d[\d,.]*\s?(?:percent|per cent)\b|\bpercent(?:age)? of\b/.test(lower) &&
  // "20 percent off your first month": a price.
  !/\d\s?(?:%|percent|per cent) (?:off|discount)\b/.test(lower)

export const PRICE_LIST =
  /\$\s?[\d,.]+\s*(?:each|a|per|an)\s+(?:week|night|session|day|hour|visit|month|program day|infusion|class)\b|\b(?:cost|costs|is|are|start at|starts at)\s+\$\s?[\d,.]+\s*(?:each|a|per|an)\b/
export const money = (view: View) =>
  /\$\s?\d|\b\d[\d,.]*\s+dollars\b/.test(view.lower) &&
  /\b(?:can|could|may) cost|\b(?:save|saves|saving|savings|reduction|return|returns|less than|cheaper|fraction|compared|average|averages|typical|up to|or more|as much as|per patient|employers|society)\b/.test(
    view.lower,
  ) &&
  (!PRICE_LIST.test(view.lower) ||
    !/\b(?:our|we|us|rooms?|stays?|sessions?)\b/.test(view.lower) ||
    /\b(?:save|saves|saving|savings|less than|cheaper|fraction|compared|average|up to|or more|as much as)\b/.test(
      view.lower,
    ))

/** A number close to whom or what it counts: "3,200 residents", "between 20 and 30 cases". */
export const PERIOD =
  /\b(?:last|this|each|every|per|a|in|since|during|over the (?:past|last)) (?:year|years|month|months|week|decade|quarter|season|spring|summer|fall|autumn|winter|january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(?:annually|yearly|nationwide|nationally|statewide|countywide|in (?:19|20)\d\d|since (?:19|20)\d\d)\b/

/** Whom a number counts, as a noun ("12 individual sessions" counts sessions, not individuals). */
export const countedNear = (tokens: Token[], index: number) => {
  for (let at = Math.max(0, index - 1); at <= Math.min(tokens.length - 1, index + 5); at++)
    if (
      lemmaIn(tokens[at], cue.POPULATION) &&
      tokens[at].pos !== 'ADJ' &&
      tokens[at].pos !== 'ADV' &&
      // "22 staff members" counts the staff, not people helped.
      !(
        /^members?$/.test(tokens[at].lower) &&
        /^(?:staff|team|board|faculty|council|crew|committee)$/.test(tokens[at - 1]?.lower ?? '')
      )
    )
      return true
  return false
}

/** A count of people or events: a large number, or any number tied to a period ("9 deaths last year"). */
/** "Last year", "since 2018", "each month": counts tied to these are reported figures, even small ones. */
export const RECENT_PERIOD =
  /\b(?:last|this|each|every|per|since|during|over the (?:past|last)|over the) (?:weekend|holiday|year|years|month|months|week|decade|quarter|season|spring|summer|fall|autumn|winter|january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)\b|\b(?:annually|yearly|nationwide|nationally|statewide|countywide)\b|\b(?:in|over|during|within) (?:a|one|the|that|a single) (?:single |same |one |\w+ )?(?:weekend|night|day|week|month|holiday)\b|\bbetween (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)\b/
export const PHONE = /\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}/g

/**
 * Numbers that never count (see countingNumbers), standing alone: years, 988 and 911, clock times,
 * phone numbers, a number before a unit of time ("140 days") and after a word such as "call" or "at".
 * They are left out when the text is checked for a large number.
 */
const NOT_COUNT_TEXT =
  /(?<!\w|\d[.,:-])(?:(?:19|20)\d\d|988|911|\d{1,2}:\d\d|\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4})(?!\w|[.,:-]\d)|(?<!\w|\d[.,:-])\d(?:[\d,.]*\d)?(?=(?:\s+|-)(?:hours?|minutes?|days?|weeks?|months?|years?|sessions?|times?|nights?|mg|milligrams?|miles?|beds?|acres?|rooms?|suites?|seats?)(?:[\s.,;:!?)]|$))|(?<=\b(?:call|text|dial|press|ext|week|day|month|session|step|phase|level|grade|stage|chapter|page|room|floor|suite|unit|number|no|route|highway|exit|at|ages?|aged|teens|kids|children|adults|grades?)\s+)\d(?:[\d,.]*\d)?(?!\w|[.,:-]\d)/g
/** A number above 20 has two digits; a large number in words is one of these. */
const LARGE_TEXT = /\d\S*\d|hundred|thousand|million|billion|dozen|infinity/

export const countOfPeople = (view: View) => {
  // A count needs a large number or a recent period: most sentences with a number have neither, and are not parsed.
  const recent = RECENT_PERIOD.test(view.lower)
  if (!recent && !LARGE_TEXT.test(view.lower.replace(NOT_COUNT_TEXT, ' '))) return false
  const { tokens, sentence } = view
  let phones: RegExpMatchArray[] | undefined
  let period: boolean | undefined
  return countingNumbers(view).some((index) => {
    if (!countedNear(tokens, index)) return false
    const token = tokens[index]
    const offset = token.start - sentence.start
    phones ??= [...sentence.text.matchAll(PHONE)]
    if (phones.some((match) => offset >= match.index! && offset < match.index! + match[0].length)) return false
    const value = Number(token.text.replace(/,/g, ''))
    const large = Number.isNaN(value)
      ? /^(?:hundreds?|thousands?|millions?|billions?|dozens?)$/.test(token.lower)
      : value > 20
    return (large && (period ??= PERIOD.test(view.lower))) || (large && !/^\d{4}$/.test(token.text)) || recent
  })
}

/** Checks the text first: most sentences with a number hold no ordinal. */
const ORDINAL_TEXT = /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b/

/** "Zero patients had a seizure", "not one resident…": an outcome counted as none. */
const NONE_OF = new RegExp(
  `\\b(?:zero|not (?:a )?single|not one|none of (?:our|the|these|its|their)) (?:[\\w-]+ )?(?:${[...cue.POPULATION].join('|')})s?\\b`,
)
/** "4.8 out of 5 stars", "5 stars.": a rating; "Luis (3 stars):" only labels one review. */
const RATING = /(?<!\()\b\d(?:\.\d)?(?: ?(?:out of|\/) ?(?:5|five|10|ten))? ?stars?\b|\brated \d(?:\.\d)? out of\b/

export const noneOrRating = ({ lower }: View) =>
  (NONE_OF.test(lower) || RATING.test(lower)) && !/\b(?:isn't|is not|aren't|not enough|wasn't)\b/.test(lower)

export const ordinalCount = (view: View) =>
  ORDINAL_TEXT.test(view.lower) &&
  view.tokens.some(
    (token, index, tokens) =>
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

export const vagueQuantity = ({ tokens }: View) =>
  tokens.some(
    (token, index) =>
      cue.QUANTITY_WORD.has(token.lower) &&
      tokens[index + 1]?.lower === 'of' &&
      near(tokens, index + 1, cue.POPULATION, 0, 4),
  )

/** Checks the text before the tokens: most sentences with a number have no fraction word. */
export const FRACTION_TEXT = new RegExp(`\\b(?:${[...cue.FRACTION_WORD].join('|')})\\b`)

export /** "One in five", "3 out of 4 clients"; not a slogan like "90 in 90", where the numbers match. */
const ONE_IN_N =
  /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[a-z]+\s+)?(?:out\s+)?(?:in|of)\s+(?:the\s+)?(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|hundred|every)\b/g
/** "Nine of them are still sober" after "eleven people"; "of the five veterans, four finished". */
const SOME_OF_A_COUNT =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+of\s+(?:them|those|these|us)\b|\bof the (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b[^.;]{1,80}?,\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|none|all)\b/
const NUMBER_TEXT = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty)\b/g
const someOfACount = (lower: string) => SOME_OF_A_COUNT.test(lower) && (lower.match(NUMBER_TEXT)?.length ?? 0) >= 2
const oneInN = (lower: string) => [...lower.matchAll(ONE_IN_N)].some((match) => match[1] !== match[2])

export const shareInWords = (view: View) =>
  /\b(?:one|two|three)-(?:thirds?|quarters?|fifths?|halves)\b/.test(view.lower) ||
  oneInN(view.lower) ||
  someOfACount(view.lower) ||
  (FRACTION_TEXT.test(view.lower) &&
    view.tokens.some(
      (token, index, tokens) =>
        cue.FRACTION_WORD.has(token.lower) &&
        /^(?:a|one|the|nearly|almost|about|over|roughly|two|vast|half)$/.test(tokens[index - 1]?.lower ?? '') &&
        (near(tokens, index, cue.POPULATION, 0, 5) ||
          (tokens[index + 1]?.lower === 'of' && /^(?:them|those|these)$/.test(tokens[index + 2]?.lower ?? ''))),
    ))

/** "Most patients", "the majority of clients": a share without a number, weaker than one with. */
/** Access, not outcomes: "most new clients have a first appointment within a week", "most men are admitted the same day". */
const SERVICE_ACCESS =
  /\b(?:appointments?|admitted|admissions?|intake|scheduled|booked|seen within|call(?:s)? back|insurance|covered)\b/

export const vagueMajority = (view: View) =>
  !SERVICE_ACCESS.test(view.lower) &&
  !/\b(?:most|many|majority) of (?:our|us|you|them|these|my|his|her|their|your|the time|the day)\b|\bfor most\b|\b(?:most|many) our\b|\btoo many\b/.test(
    view.lower,
  ) &&
  view.tokens.some(
    (token, index, tokens) =>
      /^(?:most|majority|half)$/.test(token.lower) &&
      !token.negated &&
      !tokens.slice(index + 1, index + 9).some((next) => next.negated || /^(?:never|not|n't|no)$/.test(next.lower)) &&
      tokens
        .slice(index + 1, index + 4)
        .some((next) => /^(?:NOUN|PROPN)$/.test(next.pos) && lemmaIn(next, cue.POPULATION)) &&
      !tokens
        .slice(index + 2, index + 5)
        .some((next) =>
          /^(?:attend|happen|book|stay|come|choose|meet|start|begin|spend|use|visit|arrive|enroll|live|work|read|listen|offer|receive|pay|call|schedule|see|describe|mention|ask|wonder|prefer|want|need|expect|take)$/.test(
            next.lemma,
          ),
        ),
  )

/** "Mental illnesses are common", "often goes undiagnosed": prevalence without a number. */
export const prevalence = ({ lower }: View) =>
  (!/\b(?:that|this|which)(?: \w+)? is (?:very |quite )?common\b(?! to\b)/.test(lower) &&
    /(?:\b(?:is|are|remains?|become|becoming)|'s)\s+(?:very\s+|quite\s+|extremely\s+|increasingly\s+|more\s+)?(?:common|widespread|prevalent|rare|underdiagnosed|undertreated)\b/.test(
      lower,
    )) ||
  /\b(?:often|frequently|commonly|usually|typically|rarely|seldom)\s+(?:co-?occurs?|goes? undiagnosed|go untreated|goes untreated|respond|relapse|develop|affects?|runs? in families|undiagnosed|untreated)\b/.test(
    lower,
  ) ||
  /\bdisproportionately\b/.test(lower)

export const ranking = ({ lower }: View) =>
  /\b(?:(?:the\s+)?(?:leading|second[- ]leading|third[- ]leading|top|biggest|main|number one|#1)\s+cause|rank(?:s|ed)?\s+(?:first|second|third|\d)|(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))[- ](?:highest|largest|leading|most common)|most common (?:mental|cause|reason|disorder|condition|(?:category|type|form|kind|group) of)|(?:near|at) the top of (?:the )?list|(?:one of|among) the (?:leading|top|biggest|deadliest|most common|largest) (?:causes?|killers?|reasons?|risk factors?|public health|health|mental|disorders?|conditions?|problems?|threats?)|(?:leading|top|biggest|deadliest) (?:preventable )?(?:killers?|causes?)|the most commonly (?:used|reported|prescribed|diagnosed|misused)|(?:one of )?the (?:highest|lowest) (?:[\w-]+ ){0,3}rates?)\b/.test(
    lower,
  )

/** Every form a rate noun (cue.RATE_NOUN) can take, as a verb or a noun: without one, no trend. */
const RATE_TEXT =
  /\b(?:rat|risk|odd|prevalen|inciden|number|likel|chanc|shar|proportion|percentage|toll|death|overdos|suicid|cas|admission|visit)/

/** "For the third year in a row", "a fourth straight year": a trend over years, whatever is counted. */
const YEARS_RUNNING =
  /\bfor (?:the|a) (?:second|third|fourth|fifth|sixth|\w+th) (?:straight |consecutive )?(?:year|month|quarter)(?: in a row)?\b/

export const trend = (view: View) => {
  if (
    YEARS_RUNNING.test(view.lower) &&
    /\b(?:rose|risen|fell|fallen|dropped|climbed|declined|increased|decreased|grew|has (?:risen|fallen|dropped|climbed|declined|grown)|up|down)\b/.test(
      view.lower,
    )
  )
    return true
  if (!RATE_TEXT.test(view.lower)) return false
  const { tokens, lower } = view
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

export const timesOrBy = ({ lower }: View) =>
  /\b(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twenty|(?:one|two|three) and a half)\s*(?:x|times)\s+(?:more|less|as|likely|better|higher|lower|faster|greater)\b/.test(
    lower,
  ) ||
  /\b(?:twice|three times|four times|half) as (?:likely|many|much|often|high|common)\b/.test(lower) ||
  /\b(?:up|down) from (?:\d|a |about |roughly )|\b(?:an|the) average of (?:about |roughly |nearly )?\d|\bon average\b|\b(?:average|median|mean) [\w -]{1,40}? (?:was|is|were|are|came to|fell to|rose to|dropped to) (?:about |roughly |nearly |just |under |over |only )?\d|\b(?:(?:\d+(?:\.\d+)?|two|three|four|five|six|ten|several|(?:one|two|three) and a half) times|twice|half) (?:the|their|his|her|its) (?:[\w-]+ )?(?:rate|risk|number|odds|likelihood|average)\b|\bratio of \d+|\b\d+ to 1\b|\b(?:two|three|four|five|ten|\d+)[- ]?fold\b/.test(
    lower,
  ) ||
  /\b(?:reduc\w*|cut\w*|lower\w*|decreas\w*|increas\w*|improv\w*|boost\w*|doubl\w*|halv\w*|rais\w*|drop\w*)\b[^.;]{0,60}?\bby\s+(?:up to\s+|about\s+|nearly\s+|over\s+|almost\s+)?(?:\d|half|a third|a quarter)/.test(
    lower,
  ) ||
  // A rate named as the provider's or with a level: "our success rate", "the suicide rate is high"; not "rates vary by age".
  /\b(?:our|their|its|his|her|[a-z]+'s|a|an) (?:[\w-]+ )?(?:success|recovery|relapse|remission|response|completion|readmission|retention|dropout|cure|survival|mortality|death|suicide|overdose)\s+rates?\b|\b(?:success|recovery|relapse|remission|response|completion|readmission|retention|dropout|cure|survival|mortality|death|suicide|overdose)\s+rates?\b(?! (?:vary|varies|differ|differs|depend|depends))[^.;]{0,40}\b(?:is|are|was|were|remains?|stands?|stood|hovers?|reached|hit)\b(?! (?:not|unknown|unclear|hard|difficult|measured|calculated|tracked|defined))/.test(
    lower,
  )
