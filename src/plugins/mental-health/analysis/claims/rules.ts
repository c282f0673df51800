import * as cue from '../cues'
import { type Rule, type Trigger } from './view'
import {
  /** The rule table (order decides the type) and the word triggers that select which rules a sentence tries. */

  countOfPeople,
  money,
  noneOrRating,
  ordinalCount,
  percent,
  prevalence,
  ranking,
  shareInWords,
  timesOrBy,
  trend,
  vagueMajority,
  vagueQuantity,
} from './statistics'
import {
  ENDORSE,
  citedSource,
  credentials,
  trainedAt,
  evidenceLabel,
  guidelines,
  namedSourceSays,
  researchSays,
  studyMention,
} from './authority'
import {
  CARE_PLACE,
  comparativeOutcome,
  comparativeThan,
  difference,
  equivalence,
  superiorityWord,
  superlative,
} from './comparatives'
import {
  absolute,
  durability,
  efficacy,
  futureOutcome,
  proven,
  reliability,
  reportedGains,
  universality,
} from './promises'
import { safety, speed } from './speedSafety'
import { PERSONAL_OUTCOME_WORDS, firstPersonResult, personalOutcome } from './testimonials'

export const NUMBER_WORDS = cue.set(`two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
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
    requires: [cue.ASSERTION_VERB, 'shown proven found demonstrated confirmed validated tested studied trials studies'],
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
    reason: 'a clinician trained at a named institution',
    confidence: 0.7,
    triggers: ['trained studied residency fellowship'],
    test: trainedAt,
  },
  {
    type: 'authority',
    reason: 'cites credentials or accreditation',
    confidence: 0.7,
    triggers: [
      'accredited certified licensed recognized recognised endorsed approved board featured seen award practiced practised served specialized specialised worked trained training hold holds certification certifications credential credentials credentialed registered experience interviewed spent used published list',
    ],
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
      'leading cause rank ranks ranked highest lowest rate rates up down largest common # top list among killer killers deadliest biggest',
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
    triggers: [
      'times twice by rate rates half ratio average median mean up down fold twofold threefold fourfold fivefold tenfold',
    ],
    test: timesOrBy,
  },
  {
    type: 'statistic',
    reason: 'a rate said to rise or fall',
    confidence: 0.7,
    triggers: [cue.CHANGE_VERB, 'remain remains remained stay stays stayed held holds steady up down'],
    test: trend,
  },
  {
    type: 'statistic',
    reason: 'none of a group, or a rating',
    confidence: 0.7,
    triggers: ['zero single none star stars rated'],
    test: noneOrRating,
  },
  { type: 'statistic', reason: 'a cost or saving', confidence: 0.75, triggers: ['$ dollars'], test: money },
  {
    type: 'statistic',
    reason: 'an ordinal count (the fourth death this year)',
    confidence: 0.7,
    triggers: ['second third fourth fifth sixth seventh eighth ninth tenth', 'DIGIT'],
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
    reason: 'claims a difference between treatments',
    confidence: 0.7,
    triggers: ['different differ differs unlike'],
    test: difference,
  },
  {
    type: 'comparative',
    reason: 'claims superiority',
    confidence: 0.8,
    triggers: [
      cue.SUPERIORITY,
      'likely gold none edge ahead above below one other # compared comparison close fraction advantage way nothing beat beats beating unlike any most better safer finer stronger world night league miles head gold behind outpace outpaces reaches helps works succeeds accomplish accomplishes days weeks best top circles',
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
    triggers: [cue.ABSOLUTE_WORD, '100 never life changes change once good completely gone beyond promise gets'],
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
      'side non addictive safe risk painless without doesn don won never cause complications dangerous tolerated gentle habit zero record injuries incidents spotless flawless hurt harm seizures seizure memory scarring downtime sedation drowsiness weight grogginess hangover dependence',
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
      'week weeks day days month months session sessions within fortnight minutes minute hours hour quickly rapidly swiftly immediately instantly dose doses infusion infusions visit visits appointment overnight',
    ],
    test: speed,
  },
  {
    type: 'comparative',
    reason: 'a comparative outcome (greater benefit, a safer setting)',
    confidence: 0.7,
    triggers: [cue.COMPARATIVE_WORD, 'ER'],
    requires: [cue.OUTCOME_NOUN, cue.TREATMENT_NOUN, CARE_PLACE, cue.POPULATION, 'our we us this'],
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
      'recovery sobriety progress result results relief healing habits skills right correct change changes changed transform transforms benefits results effects last preventable saves save nobody starts begins gives give keeps lasting lasts live improvement life years long back reach never rarely seldom hardly return relapse month year week sticks gets get treatable curable beatable reversible able free',
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
    triggers: [cue.UNIVERSAL_SUBJECT, 'works whatever matter possible available achievable attainable reach'],
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
export const IRREGULAR: Record<string, string[]> = {
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
export const inflections = (word: string): string[] => [
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

/**
 * Which (rule, trigger group) pairs a word or a feature of the text satisfies, as bit masks: bit r of
 * word g·2 + (r ≥ 32 ? 1 : 0) is rule r's group g (RULES has fewer than 64 rules).
 */
type Masks = Int32Array
const masksOf = (hits: Map<string, Masks>, key: string) => {
  let masks = hits.get(key)
  if (!masks) hits.set(key, (masks = new Int32Array(4)))
  return masks
}
const setBit = (masks: Masks, rule: number, group: number) => {
  masks[group * 2 + (rule >> 5)] |= 1 << (rule & 31)
}
export const triggerIndex = new Map<string, Masks>()
const features = new Map<'DIGIT' | 'EST' | 'ER', Masks>()
if (RULES.length > 64) throw new Error('triggers: more rules than the masks hold')
RULES.forEach((rule, index) => {
  const groups: Trigger[][] = rule.requires ? [rule.triggers, rule.requires] : [rule.triggers]
  groups.forEach((triggers, group) => {
    for (const trigger of triggers) {
      if (trigger === 'DIGIT' || trigger === 'EST' || trigger === 'ER') {
        setBit(masksOf(features, trigger), index, group)
        continue
      }
      const words = typeof trigger === 'string' ? trigger.split(/\s+/) : [...trigger]
      for (const word of words.flatMap(inflections)) setBit(masksOf(triggerIndex, word), index, group)
    }
  })
})
/**
 * A hash of every trigger word's first two letters, last letter and length (see shapeOf): most words
 * of a text fit none, and are not looked up.
 */
const shapeOf = (text: string, at: number, end: number) =>
  (((text.charCodeAt(at) * 31 + (end - at > 1 ? text.charCodeAt(at + 1) : 0)) * 31 + text.charCodeAt(end - 1)) * 31 +
    end -
    at) &
  0xffff
const TRIGGER_SHAPES = new Uint8Array(0x10000)
for (const word of triggerIndex.keys()) TRIGGER_SHAPES[shapeOf(word, 0, word.length)] = 1
const DIGIT_HITS = masksOf(features, 'DIGIT')
const EST_HITS = masksOf(features, 'EST')
const ER_HITS = masksOf(features, 'ER')

/**
 * Words ending in "-er" that are never comparatives: the tagger's lemma of each is the word itself
 * whatever its tag (checked against the model in tests/unit/analysis-speed.test.ts), and "later",
 * "earlier", "further", "former" are ruled out by the comparative rule itself. They do not raise
 * the "ER" trigger, so a sentence whose only "-er" words are these is not parsed for that rule.
 */
export const NOT_COMPARATIVE_ER = new Set(
  `after other another never under whether either neither rather however together whenever wherever whoever
  whatever whichever whatsoever forever later earlier further former inner upper utter proper sober tender bitter
  clever eager super number order disorder member offer letter matter cover danger answer enter counter encounter
  deliver discover consider register gather remember recover suffer refer prefer render wander bother wonder
  murder whisper transfer filter administer trigger power tower shower flower water river weather paper chapter
  character cluster poster newsletter shelter corner border folder banner chamber finger hunger anger prayer
  silver temper liver cancer center theater semester winter summer september october november december quarter
  brother sister daughter mother father grandfather grandmother partner teenager toddler dinner disaster laughter
  gender computer printer ledger provider prescriber practitioner coroner commissioner courier teacher writer
  manager volunteer officer leader worker coworker caregiver customer player reader speaker listener beginner
  trainer planner finder helper holder owner founder driver examiner researcher firefighter housekeeper defender
  reporter caller seeker dispatcher manufacturer learner organizer winner master minister lifesaver`
    .trim()
    .split(/\s+/),
)

/** a-z and 0-9, by char code: a surface word is a run of these (or one of % $ #) in the lower-case text. */
const WORD_CHAR = new Uint8Array(128)
for (let code = 48; code <= 57; code++) WORD_CHAR[code] = 1
for (let code = 97; code <= 122; code++) WORD_CHAR[code] = 1

const orInto = (into: Int32Array, masks: Masks | undefined) => {
  if (!masks) return
  into[0] |= masks[0]
  into[1] |= masks[1]
  into[2] |= masks[2]
  into[3] |= masks[3]
}

/**
 * The rules a sentence could fire, from its surface words alone: no parse needed to rule most out.
 * `lower` is the sentence in lower case (quotes may be straightened: they are not word characters).
 */
export const triggeredRules = (text: string, lower = text.toLowerCase()): Uint8Array => {
  const seen = new Int32Array(4)
  let digit = false
  // Scanned by hand: a regular expression's match objects cost more than the lookups.
  for (let at = 0; at < lower.length;) {
    const code = lower.charCodeAt(at)
    if (code < 128 && WORD_CHAR[code]) {
      let end = at + 1
      if (code <= 57) digit = true
      while (end < lower.length) {
        const next = lower.charCodeAt(end)
        if (next >= 128 || !WORD_CHAR[next]) break
        if (next <= 57) digit = true
        end++
      }
      if (TRIGGER_SHAPES[shapeOf(lower, at, end)]) orInto(seen, triggerIndex.get(lower.slice(at, end)))
      if (end - at > 4) {
        const last = lower.charCodeAt(end - 1)
        if (last === 116 && lower.endsWith('es', end - 1)) orInto(seen, EST_HITS)
        else if (last === 114 && lower.charCodeAt(end - 2) === 101 && !NOT_COMPARATIVE_ER.has(lower.slice(at, end)))
          orInto(seen, ER_HITS)
      }
      at = end
      continue
    }
    if (code === 37 || code === 36 || code === 35) orInto(seen, triggerIndex.get(lower[at]))
    at++
  }
  if (digit) orInto(seen, DIGIT_HITS)
  const fired = new Uint8Array(RULES.length)
  for (let rule = 0; rule < fired.length; rule++) {
    const word = rule >> 5
    const bit = 1 << (rule & 31)
    fired[rule] = seen[word] & bit && (!RULES[rule].requires || seen[2 + word] & bit) ? 1 : 0
  }
  return fired
}

export const anyTriggered = (fired: Uint8Array) => fired.some((value) => value === 1)
