import * as cue from '../cues'
import { type Token } from '../nlp'
import { type View, findLemma, lemmaIn, near } from './view'
import { isComparativeAdjective } from './comparatives'

/** Promises and efficacy: absolutes, future outcomes, universality, durability, "it works". */

export const HEDGE =
  /\b(?:results (?:may )?vary|not intended to (?:diagnose|treat|cure|prevent)|may (?:help|reduce|improve|lower|save)|individual results|no (?:program|treatment|one|therapy|medication|clinic) (?:can|could|will) (?:promise|guarantee|cure)|not everyone|there is no (?:cure|guarantee|quick fix)|isn't a cure|is not a cure|no cure|too early to (?:say|tell)|remains to be seen|unclear whether|not yet known)\b/

export const ABSOLUTE_TEXT = new RegExp(`\\b(?:${[...cue.ABSOLUTE_WORD].join('|')})\\b`)

export const absolute = (view: View) =>
  !HEDGE.test(view.lower) &&
  ((ABSOLUTE_TEXT.test(view.lower) && findLemma(view.tokens, cue.ABSOLUTE_WORD) !== -1) ||
    /\b100\s?%|\bnever (?:relapse|again|return|struggle|look back)|\blife-?(?:changing|saving|altering)\b|\bchanges? everything\b|\bonce and for all\b|\bfor good\b|\bfor life\b|\bno one is (?:too far gone|beyond (?:help|hope|saving|recovery))\b|\bcompletely (?:free|cured|eliminat\w+|heal\w*|recover\w*)\b|(?<!\b(?:not|n't|never|cannot|can't) )\b(?:i|we) (?:can )?promise (?:you |that )*(?:it|things|you|your|this|we|life)\b|\bit (?:gets|will get) better\b/.test(
      view.lower,
    ))

export const proven = ({ tokens }: View) =>
  tokens.some((token) => /^(?:proven|proof|proves?|proved)$/.test(token.lower) && !token.negated)

export const outcomeVerbAt = (tokens: Token[], index: number): boolean => {
  const token = tokens[index]
  if (!token || token.negated || !lemmaIn(token, cue.OUTCOME_VERB)) return false
  if (
    /^(?:feel|get|find|see|notice|walk|leave|become|experience|live|return|sleep|end|emerge|bounce|break|reach|go|come)$/.test(
      token.lemma,
    )
  )
    return (
      near(tokens, index, cue.OUTCOME_COMPLEMENT, 0, 6) ||
      // "Leaves with a plan, coping skills that hold up and …": what a list of take-aways holds.
      (/^(?:leave|walk|go|come)$/.test(token.lemma) &&
        /^(?:with|out)$/.test(tokens[index + 1]?.lower ?? '') &&
        near(tokens, index, cue.OUTCOME_COMPLEMENT, 0, 16)) ||
      // "Leaves with a relapse-prevention plan and an appointment": paperwork, not an outcome.
      (!(/^(?:leave|walk|go)$/.test(token.lemma) && near(tokens, index, TAKE_HOME, 0, 6)) &&
        near(tokens, index, cue.OUTCOME_NOUN, 0, 4)) ||
      (token.lemma === 'feel' && isComparativeAdjective(tokens, index + 1))
    )
  return true
}

/** What someone leaves with that is not a result: "leaves with a plan and an appointment". */
const TAKE_HOME = cue.set(
  'plan appointment referral number prescription summary schedule list packet folder card kit binder',
)

/** What a provider does for you, not what you will gain: "we will verify your benefits". */
export const LOGISTICS =
  cue.set(`meet receive call schedule need pay bring fill complete sign attend work be assign verify check
  review discuss ask start begin visit contact speak talk hear explain answer provide send email text confirm arrange
  coordinate book help match tell walk show follow create build set plan learn practice spend stay sleep eat share use`)

/** What a service cuts or speeds up that is not a health outcome: "will cut wait times". */
const SERVICE_OBJECT = cue.set('wait waits waiting delay delays paperwork queue line lines hold commute drive')

/** Generic verbs that promise only with a result after them: "come home whole", "give your child a second chance". */
export const RESULT_AFTER =
  cue.set(`without whole clean sober free better well healed new life lives chance back through home healthy
  ready stronger calm confident transformed rested`)

/** "Helps you recover", "will help them feel better"; not "will help you decide". */
export const helpsToOutcome = (tokens: Token[], help: number) =>
  tokens
    // "Helps many people, including those with severe forms, gain control": whom it helps, then how.
    .slice(help + 1, help + (near(tokens, help, cue.POPULATION, 0, 3) ? 16 : 5))
    .some(
      (next, at) =>
        (lemmaIn(next, cue.EFFICACY_VERB) && next.lemma !== 'help' && next.lemma !== 'work') ||
        (lemmaIn(next, cue.OUTCOME_VERB) && outcomeVerbAt(tokens, help + 1 + at)),
    )

export const futureOutcome = (view: View) =>
  /\bwill\b|'ll\b|\bgoing\b/.test(view.lower) &&
  !HEDGE.test(view.lower) &&
  view.tokens.some((token, index, tokens) => {
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
    // "Will teach you how to set limits": a skill promised.
    if (/^(?:teach|equip|empower)$/.test(word.lemma))
      return tokens.slice(verb + 1, verb + 5).some((next) => next.lower === 'how' || next.lower === 'to')
    if (outcomeVerbAt(tokens, verb) || lemmaIn(word, cue.EFFICACY_VERB))
      return !lemmaIn(word, LOGISTICS) && !near(tokens, verb, SERVICE_OBJECT, 0, 3)
    if (
      /^(?:change|save|give|get|have|come|go|send|take|last|hold|make|keep|hand|bring|set|finish|leave)$/.test(
        word.lemma,
      )
    )
      return near(tokens, verb, RESULT_AFTER, 0, 10) || near(tokens, verb, cue.OUTCOME_NOUN, 0, 6)
    return false
  })

/** Leaving with something to carry, not a result: "leaves their first visit with a naloxone kit". */
const TAKEAWAY =
  /\b(?:(?:leaves?|walks? out|goes home)(?: [\w']+){0,4} with|gets?|receives?) (?:a|an|the|their|his|her|our) (?:[\w-]+ ){0,3}?(?:kit|appointment|referral|prescription|packet|folder|card|list|schedule|number|summary|bag|binder|handout|voucher|plan)s?\b/

export const universality = (view: View) =>
  !TAKEAWAY.test(view.lower) &&
  (/\b(?:whatever|no matter) (?:you|your|the|how|what)\b[^.]{0,60}\b(?:can|will|'ll)\b|\b(?:possible|available|achievable|within reach|attainable) for (?:anyone|everyone|everybody|all)\b/.test(
    view.lower,
  ) ||
    (/\bworks? for (?:everyone|anyone|everybody|all|every \w+)\b/.test(view.lower) &&
      !view.tokens.some((token) => /^works?$/.test(token.lower) && token.negated)) ||
    (/\b(?:anyone|everyone|anybody|everybody|all|every|each|whoever)\b/.test(view.lower) &&
      !HEDGE.test(view.lower) &&
      view.tokens.some((token, index, tokens) => {
        if (!cue.UNIVERSAL_SUBJECT.has(token.lower) || token.negated) return false
        // "Figures include every student who …": everyone as an object is counted, not promised.
        if (/^(?:VERB|ADP)$/.test(tokens[index - 1]?.pos ?? '')) return false
        if (/^(?:every|each|all)$/.test(token.lower) && !lemmaIn(tokens[index + 1], cue.POPULATION)) return false
        if (token.lower === 'all' && !near(tokens, index, cue.POPULATION, 0, 2)) return false
        // "Every teen who walks through our door finds …": the relative clause is skipped.
        const reach = tokens.slice(index + 1, index + 4).some((next) => /^(?:who|that)$/.test(next.lower)) ? 11 : 6
        for (let next = index + 1; next <= index + reach; next++) {
          if (outcomeVerbAt(tokens, next)) return true
          if (/^(?:can|will|does|do)$/.test(tokens[next]?.lower ?? '') && outcomeVerbAt(tokens, next + 1)) return true
        }
        return false
      })))

export const reportedGains = ({ tokens }: View) =>
  tokens.some((token, index) => {
    if (!lemmaIn(token, cue.POPULATION) || token.negated) return false
    const verb = findLemma(tokens, cue.GAIN_VERB, index + 1, index + 4)
    return verb !== -1 && near(tokens, verb, cue.GAIN_NOUN, 0, 4)
  })

/** "Progress that keeps going long after discharge", "go home with their lives back". */
export const durability = (view: View) => {
  const lower = view.lower
  return (
    !HEDGE.test(lower) &&
    (/\b(?:keeps? going|lasts? (?:a lifetime|for years|for life)|long after (?:discharge|graduation|treatment|you leave)|for the rest of (?:your|their) li(?:fe|ves))\b/.test(
      lower,
    ) ||
      /\b(?:with|get|gets|have|has) (?:their|your) (?:life|lives) back\b/.test(lower) ||
      /\bwithin reach for (?:everyone|anyone|all|every)\b/.test(lower) ||
      /\b(?:change|changes|changed|changing|transform\w*) (?:lives|people's lives)\b|\b(?:benefits|results|effects|relief|gains|improvements?) (?:from \w+ )?(?:can |often |usually |typically )?lasts?(?: (?:for )?(?:months|years|a lifetime|long))?\b|\b(?:can|will) (?:go on to )?live (?:full|normal|healthy|productive|rewarding|meaningful|independent)(?: and \w+)? lives\b|\bgives? (?:[\w']+ ){1,3}(?:the |a )?(?:skills|tools|support|foundation|strength)\b[^.]{0,60}\b(?:need|to (?:build|stay|live|recover|thrive|heal|cope|grow|manage))|\blasts? long after|\bkeeps (?:working|going|paying off)|\b(?:month|year|week) after (?:month|year|week)|\b(?:recovery|sobriety|progress|results?|change|changes|relief|improvements?|healing|gains?|wellness|benefits?|skills|habits) that (?:sticks|lasts)\b|\bgets? (?:them|you|him|her|people|teens|kids|clients|families) (?:unstuck|better|well|sober|clean|back on track|moving again)\b|\b(?:are|is|become|becomes) (?:highly |very |extremely |completely |entirely )?(?:treatable|curable|beatable|reversible|preventable)\b|(?<!\b(?:can|could|may|might|help|helps|helping|to) )\bsaves? lives\b|\b(?:come|comes|go|goes|went|came) (?:back|home) (?:\w+ )?(?:rested|ready|refreshed|stronger|healthier|whole|calmer|sober|clean|healed)\b|\b(?:gets?|gives?|brings?) (?:you|them|him|her|your \w+|patients|clients|families) (?:the )?(?:right|correct|lasting|real) (?:treatment|diagnosis|care|answers|help|plan|medication|results|relief)\b|\b(?:your|a) new (?:life|beginning|chapter) (?:starts|begins)\b|\b(?:nobody|no one) (?:leaves|goes home|walks out) with\b/.test(
        lower,
      ) ||
      /\b(?:patients|clients|people|members|residents|participants|students|veterans|graduates|families) (?:are|will be|can|become|remain) (?:\w+ ){0,3}(?:able|free) to (?:drive|work|hold|return|go back|live|parent|study|sleep|keep)\b/.test(
        lower,
      ) ||
      /\b(?:never|rarely|seldom|almost never|hardly ever) (?:need to |have to |again )?(?:go back|return|come back|relapse|be readmitted|be hospitalized|end up back)\b|\bnever (?:again )?need (?:\w+ ){0,3}(?:care|treatment|hospital\w*|rehab)(?: again)?\b/.test(
        lower,
      ) ||
      (/\b(?:real and )?lasting\b/.test(lower) && findLemma(view.tokens, cue.OUTCOME_NOUN) !== -1))
  )
}

export const reliability = ({ tokens }: View) =>
  tokens.some(
    (token, index) => lemmaIn(token, cue.RELIABLE) && !token.negated && near(tokens, index, cue.PATH_NOUN, 0, 3),
  )

/** A finite form ("calms", "stabilized", "can lift"), not "to treat" or "treating". */
export const isFiniteVerb = (tokens: Token[], index: number) => {
  const token = tokens[index]
  if (token.lower.endsWith('ing') || tokens[index - 1]?.lower === 'to') return false
  return token.pos === 'VERB' || token.pos === 'AUX' || /s$/.test(token.lower)
}

/** People who do things themselves: a verb after one of these is not the treatment's. */
const PERSON_SUBJECT = cue.set('he she they i you someone somebody people parents families')

export const efficacy = (view: View) => {
  const lower = view.lower
  if (HEDGE.test(lower)) return false
  const tokens = view.tokens
  // The first treatment or provider named: "Exposure works if you stick with it".
  const subjects = [findLemma(tokens, cue.TREATMENT_NOUN), findLemma(tokens, cue.PROVIDER)].filter((at) => at !== -1)
  const subject = subjects.length ? Math.min(...subjects) : -1
  const start = subject === -1 ? 0 : subject + 1
  if (subject === -1) return false
  for (let verb = start; verb < Math.min(tokens.length, start + 14); verb++) {
    const token = tokens[verb]
    if (token.negated || !lemmaIn(token, cue.EFFICACY_VERB) || !isFiniteVerb(tokens, verb)) continue
    if (/^(?:be|been|was|were|is|are|being|get|got)$/.test(tokens[verb - 1]?.lower ?? '') && token.lower.endsWith('ed'))
      continue
    // "… before he stops drinking": a person does it, not the treatment.
    if (PERSON_SUBJECT.has(tokens[verb - 1]?.lower ?? '') || PERSON_SUBJECT.has(tokens[verb - 2]?.lower ?? '')) continue
    if (token.lemma === 'help') {
      if (subject !== -1 && tokens[verb + 1]?.lower === 'with' && near(tokens, verb, cue.EFFICACY_OBJECT, 0, 6))
        return true
      if (subject !== -1 && helpsToOutcome(tokens, verb)) return true
      continue
    }
    if (token.lemma === 'treat' && (subject === -1 || !lemmaIn(tokens[subject], cue.TREATMENT_NOUN))) continue
    if (token.lemma === 'work') {
      // "It works", "it worked for me", "worked wonders": not a job ("worked summers at the orchard").
      const next = tokens[verb + 1]
      if (next && /^(?:NOUN|PROPN|NUM|DET)$/.test(next.pos) && !/^(?:wonders|miracles|magic)$/.test(next.lower))
        continue
      if (
        /\bwork(?:s|ed)?\b(?!\s+(?:with|on|through|alongside|together|closely|as|at|in|to)\b)/.test(lower) &&
        !/\b(?:made sure (?:it|that)|made it work|what makes|(?:how|why) (?:[\w-]+ ){0,4}works?|works? best (?:with|when)|(?:find|finding|figure out|see|learn|discover|decide|know) (?:out )?what works)\b/.test(
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
