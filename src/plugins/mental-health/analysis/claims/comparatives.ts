import * as cue from '../cues'
import { type Token } from '../nlp'
import { type View, findLemma, isNumber, lemmaIn, near } from './view'

/** Comparisons: "than", superlatives, superiority, equal results, comparative outcomes. */

/** A comparison is a claim when it is about care, outcomes, people or the provider. */
export const CARE_PLACE =
  cue.set(`hospital clinic psychiatrist therapist doctor unit rehab center centre facility staff nurse ward
  place detox provider counselor counsellor campus practice retreat residence`)

/** Comparisons of care, outcomes or providers; people alone are not enough ("rumors spread faster"). */
/** A figure compared: "rates in rural counties are higher than", "the drop was steeper than". */
const FIGURE_NOUN = cue.set(
  'rate risk odds drop decline rise increase decrease prevalence incidence toll death overdose suicide',
)

export const comparesCare = (tokens: Token[], lower: string) =>
  findLemma(tokens, cue.TREATMENT_NOUN) !== -1 ||
  findLemma(tokens, CARE_PLACE) !== -1 ||
  findLemma(tokens, cue.OUTCOME_NOUN) !== -1 ||
  /\b(?:our|we|us|this (?:place|clinic|center|centre|program))\b/.test(lower)

export const aboutCare = (tokens: Token[], lower: string) =>
  findLemma(tokens, cue.TREATMENT_NOUN) !== -1 ||
  findLemma(tokens, CARE_PLACE) !== -1 ||
  findLemma(tokens, cue.OUTCOME_NOUN) !== -1 ||
  findLemma(tokens, cue.POPULATION) !== -1 ||
  /\b(?:our|we|us|this (?:place|clinic|center|centre|program))\b/.test(lower)

export const comparativeThan = ({ tokens, lower }: View) =>
  (comparesCare(tokens, lower) || findLemma(tokens, FIGURE_NOUN) !== -1) &&
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

export const INFORMAL_SUPERLATIVE =
  /\b(?:(?:best|fastest|quickest|easiest|simplest|safest) (?:way|time|thing|place|number|email|person|option) (?:is|to (?:reach|contact|call|text|email|get in touch|find|book|schedule|start|apply|pay|park|get here|get there|sign up|learn|ask|see|visit|check|refer|request|send|tell|talk|find out|give|support|help|prepare|get started|enroll|register))|the best thing about|(?:our|their|a|the) top priority|the best (?:treatment|option|care|fit|plan|approach|choice) for (?:you|your)|the (?:nearest|closest|latest)|the top (?:level|floor|of|row|shelf|step)|most common (?:side effects?|questions?|reasons? (?:people|parents|families) (?:call|ask|reach))|at best|(?:do|try|did) (?:our|your|their|my|his|her) best|most of (?:us|the time|them|you|our day)|make the most|most (?:afternoons|mornings|evenings|days|weeks|nights|importantly|often|likely|people find)|the most (?:common questions?|important (?:thing|step))|the only (?:way to find out|thing)|best wishes|all the best|best friends?|(?:the )?most common (?:[\w-]+ )?(?:treatments?|medications?|therapies|types?|forms? of treatment|signs?|symptoms?|side effects?))\b/

/**
 * Where the tokens below can find a superlative: an "-est" word opening the sentence, "the single
 * most", or a superlative word or "-est" word right after "the", "our", "its", "their" or "'s".
 */
const SUPERLATIVE_PLACE = new RegExp(
  `^\\W*[\\w'-]*est\\b|\\b(?:the|our)\\s+single\\s+most\\b|(?:\\b(?:the|our|its|their)|'s)\\s+(?:[\\w'-]*est|${[...cue.SUPERLATIVE_WORD].join('|')})\\b`,
)

const TIME_NOUN = cue.set(`day days week weeks month months year years night nights hour hours morning mornings
  evening evenings season seasons winter winters time times moment moments stretch`)

export const superlative = (view: View) => {
  const lower = view.lower
  if (INFORMAL_SUPERLATIVE.test(lower)) return false
  if (
    /\b(?:(?:one of|among) the|(?:is|are|was|were) (?:the )?) most (?:effective|successful|trusted|respected|proven|advanced|comprehensive|innovative|experienced|qualified|skilled|accomplished|recognized|recognised|sought-after|highly|renowned|acclaimed|awarded|decorated|credentialed|specialized|specialised)\b/.test(
      lower,
    )
  )
    return true
  if (!SUPERLATIVE_PLACE.test(lower)) return false
  const tokens = view.tokens
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
      !/^(?:interest|honest|modest|earnest|latest)$/.test(token.lower) &&
      // "The darkest weeks", "the longest nights": a time described, not care.
      !tokens.slice(index + 1, index + 3).some((next) => TIME_NOUN.has(next.lemma) || TIME_NOUN.has(next.lower))
    )
  })
}

export const SUPERIORITY_TEXT =
  /\b(?:unmatched|unrivall?ed|unparalleled|unsurpassed|unbeatable|outperform\w*|surpass\w*|outshin\w*|outpac\w*|superior|world-class|industry-leading|best-in-class|premier|top-rated|award-winning|pre-?eminent|exceptional)\b/

export const superiorityWord = ({ lower }: View) =>
  SUPERIORITY_TEXT.test(lower) ||
  /\bunlike (?:a |an |the |other |most |any |prescription |traditional |standard |typical |crowded )?\w+/.test(lower) ||
  /\b(?:isn't|is not|is no|there's no|there is no|you won't find|you will not find|won't find) (?:a |any )?(?:better|safer|more \w+|finer|stronger) \w+|\b(?:a world apart|night and day|in a (?:different )?league|in a league of (?:its|their) own|miles ahead|head and shoulders|the gold[- ]standard|(?:more|less|far more|much more|much less) likely (?:to [\w ]{1,40}?)?than|leaves? (?:[\w-]+ ){1,5}(?:far )?behind|outpaces?)\b/.test(
    lower,
  ) ||
  /\b(?:reaches|helps|works for|succeeds with|gets through to) [\w\s-]{1,40}? (?:that|who|whom|where) [\w\s-]{1,40}? (?:cannot|can't|could not|couldn't|don't|doesn't|never|fails?)\b|\baccomplish(?:es|ed)? (?:in \w+ \w+ )?what\b|\bruns? circles around\b|\b(?:was|is|were|are|felt|feels|feel)\s+(?:\w+\s+)?nothing like (?:the|a|an|any|other|my|our|what)\b|\b(?:is|are) the best in (?:the )?(?:state|country|city|region|county|area|business|world|town)\b|\b(?:nobody|no one) else (?:in|could|can|does|did|offers)\b|^(?:the )?(?:best|top|#1|number one) (?!(?:view|views|coffee|food|meals?|parking|spot|seat|seats|location|sunsets?|weather|pillows?|beds?)\b)(?:\w+ ){0,3}(?:in|on|around) (?:the|town|\w+)|\bthe only (?:[\w-]+ ){0,3}?(?:one|place|program|programme|clinic|center|centre|team|provider|practice|facility|hospital|rehab|detox|service|residence|retreat)s? (?:in|that|who|where|which|within|across|to offer|to provide|to treat)\b|\ba fraction of (?:an? |the )?(?:\w+ ){0,2}(?:bill|cost|price|fee)\b|\bin (?:days|weeks) what (?:\w+ ){0,4}(?:takes|take|took)\b/.test(
    lower,
  ) ||
  /\b(?:compared (?:with|to)|in comparison (?:with|to)|no comparison|(?:came|comes|come) close|a fraction of (?:the )?(?:price|cost|time)|(?:decisive|clear|real|significant|competitive|unfair) advantage|in a way no|no other|nothing else (?:\w+ ){0,3}(?:came|comes|come|compares?|worked|works) (?:close|like|as)|none of (?:them|the others) (?:came|come|compared?)|(?:beats?|beat|beating|outdoes|tops) (?:the|any|every|all|most|other|either|both|each|juggling|going|traditional|standard|state|national|average)|than any other|than most)\b/.test(
    lower,
  ) ||
  /#\s?1\b/.test(lower) ||
  /\b(?:run|runs|ran|running|sit|sits|sat|stay|stays|stayed|remain|remains|are|is|was|were) (?:well |far |consistently |slightly |just |still )?(?:above|below) (?:those|that|the (?:state|national|county|statewide|regional)|the average|average|the rest)\b/.test(
    lower,
  ) ||
  /\b(?:second to none|(?:an?|the|clear|real) edge over|ahead of (?:other|the rest|the competition|most)|number one|like no other|unlike (?:any )?other (?:programs?|clinics?|centers?|providers?)|no other (?:program|clinic|center|provider))\b/.test(
    lower,
  )

/** "TMS is very different from ECT": a difference claimed between treatments or places of care. */
export const difference = (view: View) =>
  /\b(?:very|quite|completely|totally|entirely|fundamentally|really|nothing|so|far|much) (?:different|unlike) (?:from|than|to)\b|\b(?:differs?|differ) (?:\w+ )?(?:from|sharply)\b/.test(
    view.lower,
  ) &&
  (findLemma(view.tokens, cue.TREATMENT_NOUN) !== -1 || findLemma(view.tokens, CARE_PLACE) !== -1) &&
  !view.tokens.some((token) => token.negated && /^(?:different|differ|differs|unlike)$/.test(token.lower))

export const equivalence = ({ lower }: View) =>
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
export const isComparativeAdjective = (tokens: Token[], index: number) => {
  const token = tokens[index]
  if (token.pos !== 'ADJ' && token.pos !== 'ADV') return false
  if (/^(?:better|worse)$/.test(token.lower)) return true
  if (token.lower.endsWith('er') && token.lemma !== token.lower && token.lower.length > 4) return true
  return /^(?:more|less)$/.test(tokens[index - 1]?.lower ?? '') && token.pos === 'ADJ'
}

export const OUTCOME_ACTION = cue.set(
  'stay keep remain find recover heal return fare do miss relapse sleep cope feel get improve',
)

/** "Members stay in care longer", "people fare far better", "miss fewer appointments". */
export const comparedAction = (tokens: Token[], index: number) => {
  for (let back = index - 1; back >= Math.max(0, index - 4); back--)
    if (tokens[back].pos === 'VERB' && lemmaIn(tokens[back], OUTCOME_ACTION)) return true
  return false
}

export const comparativeOutcome = ({ tokens, lower }: View) => {
  const care = comparesCare(tokens, lower)
  // Without care named, only people doing something better counts: "residents keep their jobs longer".
  if (!care && findLemma(tokens, cue.POPULATION) === -1) return false
  return tokens.some((token, index) => {
    if (token.negated || /^(?:worse|worsening)$/.test(token.lower)) return false
    const fewer = /^(?:fewer|more)$/.test(token.lower) && tokens[index + 1]?.pos === 'NOUN'
    if (!isComparativeAdjective(tokens, index) && !fewer) return false
    // "A higher level of care" names a kind of treatment, not a better outcome.
    if (/^(?:higher|lower)$/.test(token.lower) && /^levels?$/.test(tokens[index + 1]?.lower ?? '')) return false
    if (comparedAction(tokens, index) && !/^(?:other|further|former|later|earlier)$/.test(token.lower)) return true
    if (fewer || !care) return false
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
}
