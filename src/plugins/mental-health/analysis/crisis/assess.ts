/**
 * Reads a comment for crisis: which signals fire, for whom (the writer, or someone the writer
 * reports about), and whether a clearly past and resolved story or a negation undoes them. When in
 * doubt a signal stands: missing someone in crisis is the worst error here. Pure and synchronous.
 */
import { re, RELATION_NP } from './lexicon'
import { clauses, normalize } from './normalize'
import { MENTION, REASONS, type Reason, type Signal, SIGNALS, type SignalTier } from './signals'

export type CrisisTier = 'none' | 'low' | SignalTier
export type CrisisAssessment = { tier: CrisisTier; reasons: string[] }

type Hit = { signal: Signal; clause: string; thirdParty: boolean }

const FIRST_PERSON = new Set(['i', 'me', 'myself'])
const OTHER_PERSON = new Set(
  `he she they them him his her their we us our you your yourself someone somebody anyone anybody everyone everybody people person persons man woman men women guy guys kid kids child children teen teens teenager teenagers student students patient patients client clients friend friends partner son daughter husband wife mom mum mother dad father brother sister parents parent family character characters who folks loved`.split(
    ' ',
  ),
)

/** Works from the spoken subject nearest before the match: "my son told me he wants to…" is about the son. */
const subjectIsWriter = (clause: string, index: number) => {
  const words = clause.slice(0, index).split(' ').reverse()
  for (const word of words) {
    if (FIRST_PERSON.has(word)) return true
    if (OTHER_PERSON.has(word)) return false
  }
  return true
}

const anyOf = (...patterns: RegExp[]) => new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'))

const NEGATED_BEFORE =
  /\b(?:not|never|no longer|nor|without|hardly|barely|free (?:of|from)|clean (?:of|from)|recover\w* from|quit|stopped)\s(?:(?:really|even|ever|actually|necessarily|particularly|exactly|truly)\s)?$/
const negatedAt = (clause: string, index: number) => NEGATED_BEFORE.test(clause.slice(0, index))

/** Songs, books, films: words in quotation marks are theirs, not the writer's. */
const MEDIA = re`\b(?:song|songs|lyric|lyrics|album|band|singer|sings|sang|movie|film|show|series|book|novel|poem|poet|play|episode|character|netflix|quote|quoted|line from|title|track|hamlet|shakespeare)\b`
const QUOTED = /"[^"]*"|(?:^|\s)'[^']+'(?=[\s.,!?;:]|$)/g

const IDIOMS = [
  re`\bkill(?:ing|ed|s)? (?:myself|me) (?:laughing|with laughter)\b`,
  re`\b(?:die|died|dying) (?:of|from) (?:embarrassment|shame|boredom|laughter|laughing|cuteness|old age|happiness|joy|excitement|curiosity|the heat|heat|hunger|thirst|jealousy|envy|fright|shock|suspense|cringe)\b`,
  re`\bto die for(?= *(?:$|[.,!?;:]|and\b|but\b|lol\b))`,
  re`\bdying to\b`,
  re`\b(?:bored|scared|sick|worried|frightened|tickled|loved|starving) to death\b`,
  re`\b(?:could|would) (?:just )?kill for\b`,
  re`\bjump(?:ed|ing|s)? at the (?:chance|opportunity|offer)\b`,
  re`\boverdos\w* on (?:coffee|caffeine|sugar|chocolate|candy|cake|cookies|netflix|tv|social media|news|cuteness|content|podcasts|true crime|cheese|pizza|carbs|sun|sunshine|work|memes)\b`,
]

const IDIOMS_EVERYWHERE = IDIOMS.map((idiom) => new RegExp(idiom.source, 'g'))
const stripIdioms = (text: string) => IDIOMS_EVERYWHERE.reduce((result, idiom) => result.replace(idiom, ' _ '), text)

/** A trip, the end of a program, a move: goodbyes and absences that mean only that. */
const ORDINARY_DEPARTURE = re`\b(?:last (?:day|session|week|group|night) (?:in|of|at) (?:the )?(?:program|iop|group|treatment|rehab|class|clinic)|graduat\w*|(?:finished|finishing|completed|completing) (?:the )?(?:program|iop|treatment|rehab)|discharged|moving|vacation|holiday|trip|travel\w*|out of town|new job|heading (?:off|out|home)|see you (?:next|at|soon|in|there|all soon)|for now|until next|til next|going away for)\b`
/** An ordinary reason for giving things away. */
const MUNDANE_GIVING = re`\b(?:old|outgrown|spare|extra|(?:does|do) not allow|not allowed|allergic|allergies|landlord|new (?:apartment|place|house|home|job)|now that i|do not need (?:it|them) (?:now|since|because)|because (?:i|we) (?:moved|switched|upgraded|got|bought|live)|since (?:i|we) (?:have )?(?:switched|moved|upgraded|got|bought|started|quit|stopped)|declutter\w*|donat\w*|charity|thrift|garage sale|yard sale|moving|move|kondo|minimalis\w*|do not fit|no longer fit|upgrad\w*)\b`

/** Someone close to the writer, so "he", "she", "they" may be a person at risk being reported. */
const RELATION_MENTIONED = re`\b${RELATION_NP}\b`
const RELATION_SUBJECT = new RegExp(`\\b${RELATION_NP}\\b`, 'g')
/** "Sam told me he wants to die": reported speech about someone not named as "my …". */
const REPORTED_SPEECH = re`\b(?:told|tells|texted|texts|messaged|wrote|said|says|keeps saying|kept saying|admitted|confided|posted)(?: (?:me|us|to me|to us|her|him|them))?(?: that)? (?:he|she|they)\b`
/** A death already happened: grief, not a report of someone at risk. */
const DEATH_DONE = re`\b(?:died|passed away|passed(?= *$)|funeral|memorial|lost (?:him|her|them|my)|killed (?:him|her|them)sel\w*|took (?:his|her|their) (?:own )?life|hanged|suicide loss|grave|ashes|rest in peace|miss (?:him|her|them))\b`
/** A question or general statement, not a report: "if my son ever…", "when someone says…", "a friend who…". */
const HYPOTHETICAL = re`\b(?:if|in case|whether)\b.*\b(?:ever|were to)\b|\bwhat if\b|\bhow (?:do|can|should|would) (?:i|you|we|parents?|one) (?:know|tell|spot|recognize|help|support|talk to|respond|approach|reach)\b|\b(?:a|any|some) (?:friend|loved one|person|family member|coworker|student|teen|teenager|kid|child) who\b|\b(?:someone|somebody|anyone|anybody|a person|people|callers?|a caller|a client|a patient) (?:says|say|said|tells|tell|told|talks|writes|texts)\b|\b(?:warning )?signs? (?:that|of)\b`
/** "She asked if I had thoughts of harming myself and I said no": a screening question, answered. */
const SCREENING_ANSWERED_NO = re`\basked (?:me )?(?:if|whether)\b.*\b(?:i|and i) (?:said|answered|told \w+) no\b(?!.{0,20}\b(?:lied|lying|but)\b)`
/** "If I ever feel like ending it again, I will call 988": a safety plan, not a crisis. */
const COPING_PLAN = re`\bif i (?:ever )?(?:feel|start|get|have|notice)\b.*\b(?:call|text|reach out|talk to|tell|use my safety plan|safety plan|go to|988|hotline|crisis line|my therapist)\b`

/** Far enough back to be a story: "used to", "years ago", "when I was 17", "in 2016". */
const DISTANT_PAST = anyOf(
  re`\bused to\b`,
  re`\b(?:\w+ )?(?:years?|decades?) (?:ago|after|since)\b|\ba (?:long )?(?:time|while) ago\b|\bthat (?:year|winter|summer|spring|time)\b`,
  re`\bback (?:then|in|when)\b|\bthere was a time\b|\bfor years\b|\bat my lowest\b`,
  re`\bwhen i was (?:younger|little|a (?:kid|child|teen|teenager|student)|in (?:high school|college|middle school|school|my \w+)|\d+)\b|\bat (?:age )?\d{1,2}\b|\bas a (?:teen|teenager|kid|child)\b`,
  re`\bin (?:19|20)\d\d\b|\bin (?:high school|college|middle school|my (?:teens|twenties|thirties|20s|30s|early|late))\b|\b(?:of|for most of|throughout) my (?:teens|twenties|thirties|20s|30s|childhood|adolescence)\b`,
  re`\bbefore (?:treatment|recovery|rehab|therapy|the program|the iop|i got (?:help|sober|clean|treatment))\b|\bduring my (?:addiction|active addiction|drinking|using|divorce)\b|\bin rehab\b`,
)
const PAST_VERB = re`\b(?:used to|wanted|wished|tried|attempted|planned|was|were|felt|gave|had|thought|overdosed|jumped|wrote|cut|hurt|stood|took|did|spent|survived|hanged|stopped)\b`
const PRESENT_VERB = re`\b(?:am|is|are|want|wants|wish|hope|think|need|feel|keep|keeps|have been|now|again|still|will|going to|can not)\b`
/** The comment tells of a way through: recovery, years sober, "today I am doing well". */
const RESOLVED = anyOf(
  re`\b(?:today|now|these days|nowadays|this year|since then)\b[^.]{0,40}\b(?:doing (?:well|good|great|better|ok|okay|fine)|thriving|grateful|thankful|happy|healthy|stable|sober|clean|married|okay|ok|fine|good|great|well|proud|better place|much better|look forward|celebrat\w*|finishing|a (?:nurse|peer|counsel\w*|mom|dad|father|mother|therapist|volunteer))\b`,
  re`\b\d+ (?:years?|months?) (?:sober|clean|later|free)\b|\b(?:years?|months?) (?:sober|clean|later)\b|\b(?:sober|clean|free) (?:for )?(?:over )?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:years?|months?)\b`,
  re`\b(?:free|clean) (?:of|from) (?:\w+ ){1,3}(?:for|since)\b|\b(?:have|has) not (?:\w+ ){1,3}(?:in|for|since) (?:over |more than |almost )?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:years?|months?)\b`,
  re`\b(?:therapy|treatment|medication|meds|dbt|cbt|iop|rehab|program|therapist|my sister|calling|getting help|help)\b[^.]{0,40}\b(?:helped|saved|changed|turned (?:it|things|my life) around|worked)\b|\bturned it around\b`,
  re`\b(?:grateful|thankful|hopeful|remarried|recovered|survivor|peer support|in recovery)\b|\b(?:glad|relieved) (?:i|that i|to be|every day|to still)\b|\brelief that i\b|\bi have hope\b`,
  re`\bi am (?:still )?(?:here|alive)(?= *(?:$|[.,!?]|today|and|now))|\b(?:he|she|they|i) (?:is|are|am) \d+ now\b|\b(?:happiest|healthiest|best) (?:he|she|they|i) (?:has |have |is |am |are )?(?:ever )?been\b|\bdoing (?:amazing|great|well|better|good|so much better|really well)\b`,
  re`\bno longer\b|\b(?:thoughts|urges|feelings) (?:stopped|went away|faded|are gone|have gone|disappeared)\b|\bit (?:really )?(?:does )?gets? better\b|\b(?:is|was) the depression talking\b|\b(?:today|now) i know\b`,
  re`\b(?:share|tell) my story\b|\b(?:run|lead|facilitate|volunteer \w+) (?:a |the )?(?:\w+ )?(?:support )?group\b|\bthat was (?:a decade|\w+ years?|years|decades|a long time|(?:in )?(?:19|20)\d\d)\b`,
)
const RESOLVED_IN_CLAUSE = re`\b(?:stopped|went away|faded|no longer|are gone|over now)\b`
/** Tonight, last night, "the thoughts are back": the risk is present, whatever happened before. */
const CURRENT = re`\b(?:about to|(?:try|trying|do it|doing it|attempt|attempting) (?:it )?again|tonight|last night|yesterday|this (?:week|morning|evening|time)|(?:thoughts?|urges?|feelings?|ideation|voices) (?:are|is|have|has|came|come|coming|creeping|crept) back|back (?:in|to|at) (?:that|the same|this|square one)|next time|much longer|any longer)\b`
/** Lately, these days: present too, unless said of how well things go now. */
const CURRENT_UNLESS_RESOLVED = re`\b(?:lately|recently|these days|right now|currently|this month)\b`
/** "Again" in the very clause of a signal: "I cut myself again". */
const AGAIN = re`\bagain\b`

/** Reads "my son … he wants to die" as "i … i want to die", so the writer's own signals find it. */
const asIfWriter = (clause: string) =>
  clause
    .replace(RELATION_SUBJECT, 'i')
    .replace(/\b(?:he|she|they)\b/g, 'i')
    .replace(/\b(?:himself|herself|themselves|themself)\b/g, 'myself')
    .replace(/\b(?:his|their|her)\b/g, 'my')
    .replace(/\bhim\b/g, 'me')
    .replace(
      /\bi ((?:(?:just|still|also|really|even|always|never|now|not|already|apparently|finally) )*)(\w+)/g,
      (_, adverbs, verb) => `i ${adverbs}${firstPerson(verb)}`,
    )

const IRREGULAR: Record<string, string> = { is: 'am', has: 'have', does: 'do', says: 'say', goes: 'go', was: 'was' }
const firstPerson = (verb: string) => {
  if (IRREGULAR[verb]) return IRREGULAR[verb]
  if (verb.length > 3 && verb.endsWith('ies')) return `${verb.slice(0, -3)}y`
  if (/(?:ch|sh|ss|x|z)es$/.test(verb)) return verb.slice(0, -2)
  if (verb.length > 3 && verb.endsWith('s') && !verb.endsWith('ss') && !verb.endsWith('us')) return verb.slice(0, -1)
  return verb
}

type Context = { text: string; departure: boolean }

const fires = (signal: Signal, clause: string, context: Context, ownWords: boolean): boolean => {
  if (!ownWords && signal.ownWordsOnly) return false
  if (signal.requires && !signal.requires.test(context.text)) return false
  if (signal.unless?.test(context.text)) return false
  if (signal.departure && context.departure) return false
  if (signal.mundane && MUNDANE_GIVING.test(clause)) return false
  const match = signal.pattern.exec(clause)
  if (!match) return false
  if (signal.who === 'writer' && !subjectIsWriter(clause, match.index)) return false
  if (signal.negatable && negatedAt(clause, match.index)) return false
  // A pattern may name the act in a group of its own: "I think about how easy it would be to end it".
  const act = match.groups?.act
  if (act) {
    const at = match.index + match[0].lastIndexOf(act)
    if (!subjectIsWriter(clause, at) || negatedAt(clause, at)) return false
  }
  return true
}

const clauseHits = (clause: string, context: Context, relation: boolean): Hit[] => {
  if (COPING_PLAN.test(clause) || SCREENING_ANSWERED_NO.test(clause)) return []
  const hits: Hit[] = []
  for (const signal of SIGNALS) {
    if (signal.wholeComment) continue
    if (fires(signal, clause, context, true)) hits.push({ signal, clause, thirdParty: false })
  }
  if (!relation || DEATH_DONE.test(clause) || HYPOTHETICAL.test(clause)) return hits
  const reported = asIfWriter(clause)
  if (reported === clause) return hits
  for (const signal of SIGNALS) {
    if (signal.wholeComment || hits.some((hit) => hit.signal === signal)) continue
    if (fires(signal, reported, context, false)) hits.push({ signal, clause, thirdParty: true })
  }
  return hits
}

const commentHits = (context: Context): Hit[] =>
  SIGNALS.filter((signal) => signal.wholeComment && fires(signal, context.text, context, true)).map((signal) => ({
    signal,
    clause: context.text,
    thirdParty: false,
  }))

/** A story told in the past and closed: "five years ago I attempted; today I am doing well". */
const settled = (hit: Hit, resolved: boolean, current: boolean) =>
  !hit.signal.wholeComment &&
  resolved &&
  !current &&
  !AGAIN.test(hit.clause) &&
  (DISTANT_PAST.test(hit.clause) ||
    RESOLVED_IN_CLAUSE.test(hit.clause) ||
    RESOLVED.test(hit.clause) ||
    (PAST_VERB.test(hit.clause) && !PRESENT_VERB.test(hit.clause)))

const unique = <T>(items: T[]) => [...new Set(items)]

const tierOf = (hits: Hit[]): SignalTier => (hits.some((hit) => hit.signal.tier === 'high') ? 'high' : 'medium')

const reasonsOf = (hits: Hit[]): Reason[] =>
  unique([...hits.map((hit) => hit.signal.reason), ...(hits.some((hit) => hit.thirdParty) ? [REASONS.thirdParty] : [])])

/** A past attempt, however long ago, with the thoughts or the risk present now: the strongest warning there is. */
const attemptedAndNow = (hits: Hit[], live: Hit[], current: boolean): CrisisAssessment | undefined => {
  const attempted = hits.some((hit) => hit.signal.reason === REASONS.attempt)
  const thinksOfItNow = live.some((hit) => hit.signal.reason !== REASONS.attempt)
  if (!attempted || !(current || thinksOfItNow)) return undefined
  const others = reasonsOf(live).filter((reason) => reason !== REASONS.attempt)
  return { tier: 'high', reasons: unique([REASONS.attemptNow, ...others]) }
}

/** What a comment says of a crisis: its tier and the reasons, in words a moderator can read. */
export const assessCrisis = (body: string): CrisisAssessment => {
  const normalized = normalize(body)
  const text = stripIdioms(MEDIA.test(normalized) ? normalized.replace(QUOTED, ' . ') : normalized)
  const context: Context = { text, departure: ORDINARY_DEPARTURE.test(text) }
  const units = clauses(text)
  const relation = RELATION_MENTIONED.test(text) || REPORTED_SPEECH.test(text)

  const hits = [...units.flatMap((clause) => clauseHits(clause, context, relation)), ...commentHits(context)]
  const resolved = RESOLVED.test(text)
  const current = units.some(
    (clause) =>
      !DISTANT_PAST.test(clause) &&
      (CURRENT.test(clause) || (CURRENT_UNLESS_RESOLVED.test(clause) && !RESOLVED.test(clause))),
  )
  const live = hits.filter((hit) => !settled(hit, resolved, current))

  if (live.length) return attemptedAndNow(hits, live, current) ?? { tier: tierOf(live), reasons: reasonsOf(live) }
  if (hits.length) return { tier: 'low', reasons: reasonsOf(hits).map((reason) => `${reason} (past, resolved)`) }
  if (MENTION.test(normalized)) return { tier: 'low', reasons: ['mentions suicide, self-harm or overdose'] }
  return { tier: 'none', reasons: [] }
}
