/**
 * The crisis signals: each a concept (a wish to die, a plan, a farewell…) written as patterns over
 * normalized clauses, with the tier it carries and the reason a moderator reads.
 */
import {
  ADV,
  DEATH_CORE,
  DIE,
  INTEND,
  MEANS,
  METHOD,
  NOT_TRIVIAL_THAN,
  HEIGHT_OR_TRAFFIC,
  OUTCOME,
  PILLS,
  re,
  source,
  SUICIDE_ACT,
  WEAPON,
  WILL,
  WISH,
} from './lexicon'

export type SignalTier = 'high' | 'medium'

export const REASONS = {
  intent: 'intent',
  plan: 'plan or means',
  method: 'method named',
  farewell: 'farewell',
  givingAway: 'giving things away',
  deadline: 'deadline',
  attemptNow: 'past attempt with current thoughts',
  wish: 'wish to die',
  passive: 'passive wish not to live',
  thoughts: 'suicidal thoughts',
  burden: 'burden',
  hopeless: 'hopelessness',
  selfHarm: 'self-harm',
  attempt: 'past attempt',
  thirdParty: 'third-party report',
} as const
export type Reason = (typeof REASONS)[keyof typeof REASONS]

export type Signal = {
  reason: Reason
  tier: SignalTier
  pattern: RegExp
  /** 'writer': the subject before the match is the writer (or none); 'any': the pattern says whose risk it is. */
  who: 'writer' | 'any'
  /** "not" or "never" right before the match undoes it. */
  negatable?: boolean
  /** Must also be found somewhere in the comment. */
  requires?: RegExp
  /** A goodbye or absence that an ordinary departure (a trip, the end of a program) explains. */
  departure?: boolean
  /** Giving things away that an ordinary reason (decluttering, moving) explains. */
  mundane?: boolean
  /** Only in the writer's own words, not once a report about someone else is read as theirs. */
  ownWordsOnly?: boolean
  /** Matched against the whole comment rather than one clause. */
  wholeComment?: boolean
  /** Found anywhere in the comment, undoes the signal (a gun kept locked for hunting). */
  unless?: RegExp
}

const { intent, plan, method, farewell, givingAway, deadline, wish, passive, thoughts, burden, hopeless } = REASONS
const { selfHarm, attempt } = REASONS

/** The comment talks about dying, suicide or self-harm somewhere. */
export const DEATH_TOPIC = re`\b(?:die|dying|dead|death|suicid\w*|kill\w* myself|end(?:ing)? (?:it|my life)|attempt\w*|overdos\w*|self harm\w*|cut\w*|hang\w*|jump\w*|pills|gun|rope|bridge)\b`
const MEANS_MENTIONED = re`\b(?:${MEANS})\b`
const FAREWELL_WORDS = re`\b(?:sorry|love you|fault|goodbye|forgive|look after|take care of|miss you)\b`
const FINALITY = re`\b(?:for me|(?:will not|can not|will no longer|am not going to) be (?:able to|around|here)|when i am gone|after i am gone|anymore)\b`
const TRAFFIC_MENTIONED = re`\b(?:train|trains|tracks|railway|bus|truck|lorry|traffic|highway|freeway|motorway|subway|metro|platform)\b`
const SAFE_STORAGE = re`\b(?:lock\w*|gun safe|trigger lock|for protection|hunting|range|licensed|concealed carry|safely|storage|stored)\b`
const GRIEF = re`\b(?:died|passed|death|lost|gone|loss|grief|grieving|funeral|widow\w*|miss (?:him|her|them))\b`

/** Words of a topic, a profession, a loss or the news: a clause with them speaks about suicide, not from it. */
const ABOUT_THE_TOPIC = source`(?:died|lost|loss|death|funeral|prevention|rates?|awareness|training|article|statistics?|research|hotline|crisis line|survivors?|bereave\w*|his|her|their|he|she|they|people|someone|anyone|students?|patients?|clients?|write|post|section|series|news|celebrity|show|book|movie|song|data|chart|numbers?|county|coverage|nurse|paramedic|pharmacist|counsel\w*|psychiatrist|asked|means?|meant|definition|difference)`

const high = (reason: Reason, pattern: RegExp, options: Partial<Signal> = {}): Signal => ({
  reason,
  tier: 'high',
  pattern,
  who: 'writer',
  ...options,
})
const medium = (reason: Reason, pattern: RegExp, options: Partial<Signal> = {}): Signal => ({
  reason,
  tier: 'medium',
  pattern,
  who: 'writer',
  ...options,
})

const INTENT_SIGNALS: Signal[] = [
  high(intent, re`\b${INTEND} ${ADV}to ${ADV}${SUICIDE_ACT}\b`, { negatable: true }),
  high(intent, re`\b${WILL} ${ADV}${SUICIDE_ACT}\b`, { negatable: true }),
  high(intent, re`\b(?:${INTEND} ${ADV}to|${WILL}) ${ADV}do it\b`, { negatable: true, requires: DEATH_TOPIC }),
  high(
    intent,
    re`(?:^|\bto |\bi |\bwill )${ADV}(?:kill myself|end (?:it|it all|my life)|take my (?:own )?life|commit suicide|overdose|hang myself|jump)\b.{0,30}\b(?:tonight|today|tomorrow|this (?:weekend|week|evening|morning|afternoon)|on (?:\w+day|my birthday)|right now|soon)\b`,
    { negatable: true },
  ),
  high(
    intent,
    re`\b(?:tonight|today|tomorrow|this weekend) is (?:it|the night)(?= *$)|\b(?:tonight|tomorrow night) is the night(?= *$)|\b(?:tonight|today|tomorrow) (?:is|will be) my (?:last|final) (?:day|night)\b`,
  ),
  high(
    intent,
    re`\b(?:do|doing) it\b.{0,40}\b(?:tonight|tomorrow|this weekend|this week|on \w+day|after (?:my|the|everyone|he|she|they)\b.{0,30}\b(?:leaves?|left|goes|gone|asleep|away)|when (?:no one|nobody|everyone)\b)`,
    { negatable: true },
  ),
  high(intent, re`\bi (?:have |had |am |will |would )?(?:\w+ )?to kill me\b`, { ownWordsOnly: true }),
  high(
    intent,
    re`\b(?:took|swallowed|downed|have taken|just took) (?:a bunch of|a handful of|lots of|a lot of|too many|\d{2,}|the whole|a whole|every|all of (?:my|the|them))(?: of)?(?: my| the| them)?(?: \w+)? ?(?:${PILLS}|pills?|bottle|tablets)\b`,
    { negatable: true },
  ),
  high(intent, re`\btime for me to (?:go|leave|check out)(?= *$)`),
  high(intent, re`\bi am checking out(?= *$| for good| early| permanently)`),
  high(
    intent,
    re`\bi (?:have )?(?:decided|made (?:up )?my (?:mind|decision))[ .!,]*(?:it is |it will be )?(?:tonight|tomorrow|today|this weekend|on \w+day)[ .!]*$`,
    { who: 'any', wholeComment: true },
  ),
  high(
    intent,
    re`\bi am ending it\b(?! (?:with|between|on)\b)|\b(?:plan|planning|going|intend|intending|want|ready) to go through with it\b`,
    {
      negatable: true,
    },
  ),
  high(intent, re`\b(?:what|something) i (?:might|could|would|will|may|am going to) do to myself\b`),
  high(intent, re`\b(?:sorry|forgive me) for what i (?:am about to|am going to|will|have to) do\b`, { who: 'any' }),
]

const PLAN_SIGNALS: Signal[] = [
  high(
    plan,
    re`\b(?:have|had|got|made|make|making|came up with|worked out|working on|figured out) (?:a|my|the) (?!(?:safety|treatment|care|meal|payment|recovery|discharge|crisis|relapse|prevention|insurance|business|birth|study|diet|workout|exercise|aftercare|coping|action|wellness|health|phone|data|savings|family|new|backup|back up|game|lesson|travel|vacation|holiday|wedding|retirement|plan b)\b)(?:\w+ )?plan\b(?! (?:for|with|of)\b| to (?!${SUICIDE_ACT}|die\b|go through))`,
    { negatable: true },
  ),
  high(
    plan,
    re`\b(?:how|when|where) (?:and (?:when|how|where) )?i (?:would|will|could|am going to|should|can|might|want to|plan to) (?:do it|do this|end it|die|kill myself|finish it)\b`,
  ),
  high(
    plan,
    re`\bi (?:know|have picked|picked|chose|have chosen|have found|found|decided on) (?:which|what|the|a) (?:bridge|building|roof|rooftop|overpass|cliff|ledge|train|method|dose|amount|spot to|place to)\b`,
  ),
  high(
    plan,
    re`\b(?:stockpil\w*|stash\w*|hoard\w*|squirrel\w* away)\b|\b(?:sav(?:e|ed|ing)(?: up)?|collect(?:ed|ing)?|hid(?:e|den|ing)?|gather(?:ed|ing)?|stor(?:ed|ing)|set(?:ting)? aside|put(?:ting)? aside|keep(?:ing)? aside)\b(?:(?! (?:for|at) (?:the |a )?(?:take back|disposal|pharmacy))[^,]){0,30}\b${PILLS}\b(?!.{0,30}\b(?:take back|disposal|dispose|organi[sz]er|pharmacist)\b)`,
    { negatable: true },
  ),
  high(
    plan,
    re`\b(?:bought|buy|buying|ordered|purchased|got|getting|picked up|found|borrowed|have|has|took|taken) (?:myself )?(?:a |an |the |some |enough |another |new |extra |my |his |her )?(?:\w+'s |\w+ s |\w+s )?${WEAPON}\b`,
    { negatable: true, unless: SAFE_STORAGE },
  ),
  high(plan, re`\bi know (?:the code|the combination|the passcode|where (?:the|his|her|my) (?:key|keys|code))\b`, {
    requires: re`\b(?:gun|safe|pills|meds|cabinet|rifle|pistol)\b`,
  }),
  high(
    plan,
    re`\bi know where (?:the|his|her|my|my \w+ s|the \w+) (?:key|keys|gun|pills|meds|rope|knife|knives|safe|medication)\b`,
  ),
  high(
    plan,
    re`\b${MEANS}\b.{0,25}\b(?:lined up|laid out|counted out|counted|ready|in front of me|next to me|beside me|on my (?:desk|bed|table|nightstand|lap)|in my (?:hand|hands|pocket|bag|car)|right here|here with me)\b`,
  ),
  high(
    plan,
    re`\b(?:have|have got|got|am holding|holding) (?:them|it|those|these) (?:right )?(?:here|ready|with me)\b`,
    {
      requires: MEANS_MENTIONED,
    },
  ),
  high(
    plan,
    re`\b(?:what|how much|how many)\b.{0,20}\b(?:lethal|fatal|deadly) (?:dose|amount)\b|\bhow (?:many|much)(?: (?:${PILLS}|of (?:them|these|those|my \w+)|\w+ pills))? (?:it )?(?:would|will|does|do|did) (?:it )?(?:take|kill)\b|\bpossible to die (?:from|of|with) (?:\d+|${PILLS})|\b(?:can|could|would|will) (?:you|i|someone|a person) die (?:from|of) (?:\d+|taking|an overdose|${PILLS})|\benough (?:${PILLS}|of (?:them|these|my \w+)) to (?:die|kill|end|not wake up|do it|overdose)\b`,
    { who: 'any' },
  ),
  high(
    plan,
    re`\b(?:\d+|enough|a lot of|a bunch of|so many|all my|a stash of|a pile of) (?:\w+ )?(?:${PILLS}|pills?) (?:\w+ )?(?:saved|stashed|stockpiled|hidden|collected|put away|set aside|saved up)\b`,
  ),
  high(
    plan,
    re`\b(?:is|are|would|will) \d+ (?:of )?(?:my |these |the |those )?(?:\w+ )?(?:${PILLS}|pills?|mg)? ?(?:be )?enough\b`,
    { requires: re`\b(?:of my|of these|of those|${PILLS}|pills?|mg)\b` },
  ),
  high(
    plan,
    re`\b(?:painless|least painful|easiest|quickest|fastest|best|surest|most effective|simplest|quietest) (?:way|ways|method|methods) to (?:die|kill myself|end it|end my life|commit suicide|overdose)\b|\bhow (?:to|do you|do i|can i|would i|could i|should i) (?:die|kill myself|end it|end my life|commit suicide|overdose|hang myself)\b`,
  ),
  high(
    plan,
    re`\b(?:have|got|with) access to (?:everything|all|what) (?:i|i would|i will) (?:need|would need)\b|\b(?:have|got) everything (?:planned|ready|sorted|arranged|in place|prepared|figured out)\b(?!.{0,30}\b(?:party|wedding|trip|vacation|holiday|move|meal|dinner|shower|christmas|thanksgiving)\b)`,
  ),
  high(
    plan,
    re`\b(?:life insurance|policy)\b.{0,60}\b(?:suicide|pays out|payout|pay out)\b|\b(?:suicide|pays out)\b.{0,40}\b(?:life insurance|policy)\b`,
    { requires: re`\bmy\b` },
  ),
  high(
    plan,
    re`\b(?:looking|look|looked|staring|stare|stared) at (?:the |my |those |these |all the )?(?:${MEANS}|bridge|tracks|train|window|balcony|ledge|edge|rope)\b`,
    { requires: re`\b(?:keep|kept|can not stop|could not stop|again|every|always|for hours|tonight|thinking|want)\b` },
  ),
  high(
    plan,
    re`\b(?:helium|nitrogen|charcoal|carbon monoxide|hanging|drowning|an overdose|overdosing|jumping|${PILLS}|pills|a gun|bleeding out) (?:is|are|would be|will be) (?:painless|quick|fast|lethal|fatal|deadly|enough|certain)\b`,
    { who: 'any' },
  ),
  high(
    plan,
    re`\b(?:planning|plan|planned|preparing|prepared|decided on|scheduled|picked|picking|picked out|chose|chosen|choosing|writing|wrote|written) (?:\w+ ){0,3}?(?:for )?my (?:own )?(?:suicide|death|exit|funeral|obituary|eulogy)\b`,
  ),
  high(
    plan,
    re`\b${MEANS}\b.{0,60}\b(?:nobody|no one) (?:is|will be|s) (?:home|around)\b|\b(?:nobody|no one) (?:is|will be) (?:home|around)\b.{0,60}\b${MEANS}\b`,
    { who: 'any' },
  ),
  high(plan, re`\b(?:holding|held|hold|cleaning|loaded|loading|load) (?:it|the gun|my gun|the \w+|his gun)\b`, {
    requires: re`\b(?:${WEAPON})\b`,
  }),
  high(
    plan,
    re`\b(?:picked|chosen|chose|set|decided on|have) (?:the|a) (?:night|day|date|time|place|spot)\b(?! for (?:the|our|my) (?:party|wedding|move|trip|surgery|appointment|intake))`,
    {
      requires: re`\b(?:${MEANS}|die|dying|suicide|kill myself|end it|do it)\b`,
    },
  ),
  high(
    plan,
    re`\b(?:have|got|have got) (?:the|a bottle of|all my|all of my|enough) (?:${PILLS})\b(?! (?:refilled|organi[sz]ed|sorted|in (?:a|my) (?:weekly |pill )?organi[sz]er|on time))`,
    {
      requires: re`\b(?:tonight|picked|ready|decided|enough|nobody|no one|alone|plan|die|dying|end it|goodbye)\b`,
    },
  ),
  high(
    plan,
    re`\bhow (?:many|much|high|far|long|deep)\b.{0,40}\b(?:to die|to kill (?:me|you|myself|someone)|would kill|would be fatal|to be fatal|to be lethal)\b`,
    { who: 'any' },
  ),
  high(
    plan,
    re`\bi (?:think )?(?:i )?have enough(?: now)?\b(?! (?:time|money|support|energy|of|sleep|help|friends|food|to (?:pay|cover|get|live on))\b)`,
    {
      requires: MEANS_MENTIONED,
    },
  ),
  high(
    farewell,
    re`\b(?:written|wrote|writing|write|finished|left|leave|leaving|drafted|started) (?:the note|a note for (?:everyone|my family|my (?:kids|children|parents|wife|husband|mom|dad))|(?:a |my |the )?(?:suicide|goodbye|farewell|final) (?:note|notes|letter|letters)(?! to (?:my |his |her |your |the )?(?:old|former|previous|younger|past|eating|ed|addiction|alcohol|depression|anxiety|drinking|abuser|\w+ disorder|ptsd|ocd|illness|school|job|house|home|city|town|body|habits?)\b)|my goodbyes|(?:letters|notes) (?:to|for) (?:everyone|each of|my (?:kids|children|family|parents|friends)))`,
    { negatable: true },
  ),
  high(
    plan,
    re`\b(?:nobody|no one) (?:will be|is going to be|would be) (?:home|around|there)\b|\bwhen (?:everyone|everybody|the kids|my (?:wife|husband|parents|roommate|partner|family)) (?:is|are) (?:asleep|gone|away|out)\b|\bhave the (?:house|place|apartment) to myself\b`,
    {
      requires: re`\b(?:picked|chose|chosen|decided|planned|that is when|waiting (?:for|until)|die|dying|end it|kill|pills|rope|gun|do it)\b`,
    },
  ),
  high(
    plan,
    re`\b(?:looking|looked|look) up how\b|\b(?:researching|researched|googled|googling) (?:how|ways|methods)\b`,
    {
      requires: DEATH_TOPIC,
    },
  ),
  // Researching a place to fall from or an amount that kills is a plan in the making.
  high(
    plan,
    re`\b(?:looked|looking|look|searched|searching|googled|googling|researched|researching|checked|checking|found out|figured out|worked out)(?: up)? (?:which|what|where|how high|how tall|the highest|the tallest|how many|how much)\b.{0,40}\b(?:bridges?|buildings?|roofs?|overpass|cliffs?|highest|tallest|pills|tablets|dose|lethal|fatal|enough to|rope|gun)\b`,
  ),
]

const METHOD_SIGNALS: Signal[] = [
  high(
    method,
    re`\b(?:want|wanna|wish|going|gonna|plan\w*|think\w*|thought about|picturing|picture|imagin\w*|fantasi\w*|dream\w* (?:of|about)|urge|tempted|consider\w*|keep|kept|ready|will|might|could just|should just|about|decided|looked up|look up|sit|sitting|standing|stand)\b.{0,40}\b${METHOD}\b`,
    { negatable: true },
  ),
  high(
    method,
    re`\bgun to my head\b|\b(?:car|engine) running\b.{0,40}\bgarage\b|\bgarage\b.{0,40}\b(?:car|engine) running\b|\b(?:look|looks|looked) like an accident\b|\b(?:lake|river|water|sea|bridge|building|roof|drop|balcony|cliff)\b.{0,30}\b(?:deep|high|tall) enough\b`,
  ),
  high(
    method,
    re`\b(?:step|stepping|jump|jumping|throw myself|throwing myself|walk|walking|lie down|lying down|lay down) in front of (?:it|one|them)\b`,
    {
      requires: TRAFFIC_MENTIONED,
      negatable: true,
    },
  ),
  high(
    method,
    re`\bi am (?:at|on|standing on|on top of|sitting on|up on) (?:the|a) (?:${HEIGHT_OR_TRAFFIC}|top of (?:the|a) \w+|edge|ledge|roof)\b(?= *(?:$|right now|now|tonight|alone))`,
  ),
  high(
    method,
    re`\b(?:stand|standing|stood|sit|sitting|sat|climb\w*|lean\w*|go|going|went|drive|driving|drove|walk|walking|walked) (?:on|over|to|at|up to|onto|on top of|to the edge of|at the edge of) (?:the|a|that|this) (?:bridge|overpass|roof|rooftop|ledge|balcony|tracks|railway|cliff|parking garage|train tracks)\b`,
    { requires: re`\b(?:keep|kept|every|again|after work|at night|alone|tonight|right now|thinking|think|want)\b` },
  ),
  medium(attempt, re`\bi (?:have |had )?(?:jumped|hanged myself|slit my wrists|overdosed)\b`),
]

const FAREWELL_SIGNALS: Signal[] = [
  high(
    farewell,
    re`\b(?:goodbye|good bye|bye|farewell) (?:to )?(?:everyone|everybody|all|all of you|you all|world|this world|cruel world|forever|for good|friends|guys|my friends|life|this life|for the last time)\b`,
    { departure: true },
  ),
  high(
    farewell,
    re`\bthis is (?:my |me saying )?goodbye\b|\bi (?:just )?(?:want|wanted|need|needed|came here|am here|came) to say goodbye\b(?! to (?:my |the |our )?(?:therapist|group|counsel\w*|team|staff|program|class|old|habits?|drinking|alcohol|weed|pills|smoking))|\bi am saying goodbye\b(?! to)`,
    { who: 'any', departure: true },
  ),
  high(
    farewell,
    re`\b(?:this is|this will be|these are|here are|consider this|these will be) (?:my |the )?(?:last|final) (?:post|comment|message|words|note|time you|goodbye|thing i)\b`,
    { who: 'any' },
  ),
  high(farewell, re`\btell (?:my|our) (?:\w+ )?(?:\w+) (?:that )?i (?:love|loved|am sorry|was sorry|never meant)\b`, {
    who: 'any',
  }),
  high(
    farewell,
    re`\bby the time (?:anyone|anybody|you|someone|somebody|people|they|my \w+) (?:reads?|sees?|finds?) this\b`,
    {
      who: 'any',
    },
  ),
  high(
    farewell,
    re`\b(?:you|you all|no one|nobody|people|anyone) (?:will not|will never|are not going to|is not going to) (?:hear|see) (?:from )?(?:me|of me) again\b|\bthe last (?:time )?you (?:will|are going to) (?:hear|see)\b`,
    { who: 'any' },
  ),
  high(
    farewell,
    re`\bi (?:will not|am not going to|will no longer) be (?:here|around|alive|on here)\b(?= *$| anymore| after| past| by| tomorrow| for long| much longer| to see| next)`,
    { who: 'any', departure: true },
  ),
  high(
    farewell,
    re`\b(?:you|they|everyone|nobody|no one) (?:will not|will never|would not) (?:have to )?(?:worry about|deal with|put up with|see) me (?:anymore|much longer|for long|again)\b|\bwill not be a (?:problem|burden)(?: (?:for|to) (?:anyone|anybody|everyone|you|them|you all|my \w+))? (?:anymore|much longer|for long)\b`,
    { who: 'any' },
  ),
  high(
    farewell,
    re`\b(?:not|never) (?:going to |gonna |planning (?:on|to) |plan (?:on|to) |expect(?:ing)? to |intend(?:ing)? to )?be(?:ing)? (?:here|around|alive)(?: \w+)? (?:much longer|for (?:much )?longer|for long|anymore|by (?:then|christmas|next \w+|the end of \w+)|next (?:year|month|week|christmas))\b`,
    { departure: true },
  ),
  high(farewell, re`\b(?:said|saying|say|written|wrote|writing) my goodbyes\b`, { who: 'any' }),
  high(farewell, re`\bgoodbye (?:messages|texts|letters|notes|videos|posts|emails)\b`, {
    requires: re`\b(?:keeps?|sent|sending|texted|texting|posted|posting|wrote|writing|left|got|received)\b`,
  }),
  high(
    farewell,
    re`\b(?:thank you|thanks|love you all|love you guys|i love you)\b[^]{0,80}?\b(?:goodbye|good bye|farewell|bye)\b(?! for now| to (?:the |my )?(?:old|former|past|previous)\b)`,
    {
      who: 'any',
      departure: true,
      wholeComment: true,
    },
  ),
  high(
    farewell,
    re`\bif (?:my \w+|anyone|anybody|you|someone|mom|dad|mum) (?:ever )?(?:sees|reads|finds|see|read|find) this\b`,
    {
      who: 'any',
      requires: FAREWELL_WORDS,
    },
  ),
  high(
    farewell,
    re`(?:^|[.!?;:\n] *|\b(?:please|someone|somebody|can someone|could someone|will someone) )(?:please )?(?:look after|take care of|feed|find a (?:new )?home for|rehome) (?:my \w+|mom|dad|mum)\b`,
    { who: 'any', requires: FINALITY, wholeComment: true, departure: true },
  ),
  high(
    farewell,
    re`\b(?:when|after|once|if) i am (?:gone|dead|not here anymore)\b(?! (?:for|on|to|at|from|in|away)\b)[^]{0,60}\b(?:please|tell|look after|take care|make sure|give|my \w+ (?:gets?|can|will))\b`,
    { who: 'any', wholeComment: true },
  ),
  high(
    farewell,
    re`\b(?:letter|letters|note|notes) (?:explaining|to explain) (?:everything|why)\b|\bfor after(?= *$)|\b(?:found|read|saw|discovered|finds) my (?:suicide |goodbye )?(?:note|letter)\b`,
    { who: 'any' },
  ),
  high(farewell, re`\bready to go\b(?= *$| and| now)`, { requires: re`\b(?:made (?:my )?peace|at peace)\b` }),
  high(farewell, re`\b(?:sorry|forgive me) for everything\b[^]{0,60}\b(?:i )?love you\b`, {
    who: 'any',
    wholeComment: true,
  }),
  high(farewell, re`\bit was (?:nice|good|an honou?r) knowing (?:you|everyone|all of you)\b`, { who: 'any' }),
]

const GIVING_SIGNALS: Signal[] = [
  high(
    givingAway,
    re`\b(?:giving|gave|give|given|handing|handed|passing|passed) (?:away )?(?:all |most |some |the rest )?(?:of )?my (?:\w+ ){0,2}?(?:things|stuff|belongings|possessions|clothes|books|games|guitar|jewelry|jewellery|collection|records|art|paintings|cat|dog|pets?|car|savings|money|plants|prized|favou?rite|laptop|console|bike|everything)\b`,
    { mundane: true },
  ),
  high(
    givingAway,
    re`\b(?:gave|give|giving|handed) (?:the money|everything|it all|all my money|my savings|all i have|all i own) to\b|\b(?:find|finding|found) a (?:new )?home for my\b`,
    { mundane: true },
  ),
  high(
    givingAway,
    re`\b(?:giving|gave|give|given|handing|handed) away (?:all |most |some |the rest )?(?:of )?my \w+|\b(?:giving|gave|give|given) (?:all )?my (?:\w+ ){1,2}away\b|\bselling (?:all|everything|all of) (?:my )?(?:stuff|things|belongings|possessions)?`,
    { mundane: true },
  ),
  high(
    givingAway,
    re`\b(?:leaving|leave|left|giving) (?:all )?my \w+(?: \w+)? to (?:my )?\w+\b(?:.{0,40}\band my \w+ to\b)`,
    {
      mundane: true,
    },
  ),
  high(
    givingAway,
    re`\b(?:giving|gave|give|given|handed|handing) (?:my|our|his|her|the) (?:\w+ ){1,2}?my (?:\w+ ){0,2}?(?:things|stuff|belongings|possessions|clothes|books|games|guitar|jewelry|collection|records|cat|dog|pets?|car|savings|money|journals?|diar(?:y|ies)|laptop|phone|everything)\b`,
    { mundane: true },
  ),
  high(
    givingAway,
    re`\b(?:made|wrote|written|drafted|making|writing) (?:a|my) will\b[^]{0,60}\bi am (?:1\d|2\d)\b|\bi am (?:1\d|2\d)\b[^]{0,60}\b(?:made|wrote|written|drafted|making|writing) (?:a|my) will\b`,
    { who: 'any', wholeComment: true },
  ),
  high(givingAway, re`\bwho (?:gets|should get|will get|would get|can have|should have|gets to have) (?:what|my)\b`, {
    who: 'any',
  }),
  high(
    givingAway,
    re`\b(?:putting|put|get|getting|got|have|had) (?:all )?my affairs in order\b|\bmy affairs (?:are )?in order\b|\b(?:life insurance|beneficiar\w*|my will|passwords?)\b.{0,60}\b(?:paid up|sorted|in order|written down|set up)\b`,
  ),
  high(
    givingAway,
    re`\b(?:i am|i'm) (?:1[0-9]|2[0-9]) (?:year old )?and (?:i )?(?:just )?(?:wrote|made|writing|making|drafted) (?:a|my) will\b|\b(?:wrote|made|writing|making|drafted) (?:a|my) will (?:at|and i am|i am) (?:1[0-9]|2[0-9])\b`,
  ),
  high(
    givingAway,
    re`\b(?:will not|am not going to|won't) (?:be )?need(?:ing)? (?:any of (?:it|them|this|that|these|those|my \w+)|(?:it|them|my \w+|this|these) (?:anymore|where i am going|for long|much longer))\b`,
  ),
]

const DEADLINE_SIGNALS: Signal[] = [
  high(
    deadline,
    re`\bgive (?:life|living|it all|myself|me|this life) (?:until|till|til|one more|another|a few more|(?:a|one|two|three|\d+) (?:more )?(?:days?|weeks?|months?|years?))\b`,
  ),
  high(deadline, re`\b(?:if|unless|once)\b.{0,80}?${OUTCOME}`),
  high(
    deadline,
    re`\bone more (?:day|week|month|year|night|time|try|chance)\b.{0,30}\band (?:then )?(?:that is it|i am done|i am out|i am gone|it is over|i give up|i will end it|i quit)\b`,
  ),
]

const WISH_SIGNALS: Signal[] = [
  medium(wish, re`\b${WISH} ${ADV}to ${ADV}${DIE}${NOT_TRIVIAL_THAN}`, { negatable: true }),
  medium(wish, re`\b(?:should|might as well|may as well) ${ADV}(?:die|be dead|${SUICIDE_ACT})\b`, { negatable: true }),
  medium(wish, re`\b(?:could|would) ${ADV}${SUICIDE_ACT}\b`, { negatable: true }),
  medium(wish, re`\bwould ${ADV}rather ${ADV}(?:die|be dead)\b${NOT_TRIVIAL_THAN}`, {
    negatable: true,
  }),
  medium(
    wish,
    re`\b(?:wish|wished|wishing) (?:that )?i (?:was|were|could|would|had|did)(?: not)? ${ADV}(?:dead|die|be dead|not wake up|never wake up|wake up|disappear(?! (?:into|to|for|on|with|from)\b)|vanish|not exist|exist|not (?:here|alive|born)|here|alive|never (?:been )?born|been born|gone|sleep forever|fall asleep and never|stop existing|cease to exist)\b`,
  ),
  medium(
    wish,
    re`\b(?:hope|hoping|hoped|pray|praying|prayed|wish|wishing)\b(?: that)?(?: \S+){0,3}? (?:i (?:do not|will not|never|would not) (?:wake up|make it)|i die|my heart (?:just )?stops|(?:a|the) (?:car|bus|truck|train) (?:hits|will hit|would hit|runs over) me|(?:god|he) takes me|(?:something|someone) kills me|i get (?:hit|killed|cancer))\b`,
  ),
  medium(
    wish,
    re`\b(?:${WISH}|hope|hoping|pray|praying|thought|easy|easier|nice|peaceful|simple|tempting|better|relief|happy|glad|fine|okay|rather|deserve|deserves|tempted)\b(?: \S+){0,8}? (?<act>${DEATH_CORE})\b`,
    { negatable: true },
  ),
  medium(
    wish,
    re`\b(?:happy|fine|okay|ok|relieved|glad|at peace|better|easier|a relief|content) (?:if|when) i (?:just )?(?:die|died|was dead|were dead|was gone|were gone|did not wake up|never woke up|disappeared|was not here|were not here)\b`,
  ),
  high(
    REASONS.attemptNow,
    re`\bwish (?:it|that|the \w+) (?:had|would have) (?:worked|succeeded|killed me)\b|\bwish i (?:had|would have) (?:died|succeeded|not survived|not been found|not woken up|never woken up)\b`,
  ),
  medium(
    wish,
    re`\blet me (?:just )?(?:die|go|be dead|sleep forever|not wake up)\b|\b(?:want|wish|need) my (?:body|heart) to (?:stop|give out|catch up|shut down|die|give up)\b`,
  ),
  medium(
    wish,
    re`\b(?:and|to) (?:not|never) (?:\w+ )?(?:come back|come home|return|be found|drive back|walk back|go back home|make it back)\b(?!.{0,40}\b(?:vacation|holiday|hawaii|island|beach|cruise|paris|europe|retire)\b)`,
    { requires: re`\b(?:i|my)\b` },
  ),
  medium(
    wish,
    re`\bfeel(?:ing)? like (?:dying|i want to die|killing myself|ending it|disappearing|i should die|giving up on life)\b`,
    {
      negatable: true,
    },
  ),
  medium(
    wish,
    re`\b(?:better|easier) (?:if |that |when )?i (?:die|died|was dead|were dead|was gone|were gone|disappear\w*|was not (?:here|around|alive)|were not (?:here|around|alive))\b`,
  ),
  medium(
    wish,
    re`\b(?:kill|killing|end|ending|take|taking) (?:myself|my (?:own )?life)\b|\bcommit(?:ting)? suicide\b|\bunalive myself\b`,
    { negatable: true },
  ),
  medium(
    wish,
    re`\b(?:want|wish|need|long|going|ready|just want) to (?:go )?(?:be with|join|follow) (?:him|her|them|my \w+)\b(?!.{0,30}\b(?:someday|some day|one day|when my time|eventually|for (?:dinner|lunch|coffee|the))\b)`,
    { requires: GRIEF },
  ),
]

const PASSIVE_SIGNALS: Signal[] = [
  medium(
    passive,
    re`\b(?:do|does|did|am|is|are)? ?(?:not|never) ${ADV}(?:want|wanna|wanting|wish) to (?:(?:live|be here)\b(?! (?:forever|with|in|near|at|on|there|somewhere|abroad|alone|together|like that|for)\b)|be alive|exist|wake up|go on|continue|keep going|keep living|be around|do this anymore|be in this world|see tomorrow|get up anymore)\b`,
  ),
  medium(
    passive,
    re`\b(?:would|will|might|could|\bd) (?:all )?${ADV}(?:be )?${ADV}(?:so much |a lot |much |way )?(?:better off|happier|easier|better|freer|relieved|fine|okay|lighter|a better place)(?: off)? (?:without me|if i (?:was|were|am|did|had|never|died|disappear\w*|left|could disappear|was not|were not)\b)|\bbetter off (?:without me|dead)\b|\b(?:would|will|\bd) (?:\w+ ){0,4}?(?:better|happier|easier|freer)(?: \w+){0,3}? without me\b|\b(?:would|will) (?:all )?be better off with(?:out)? (?:someone|anyone|somebody) else\b|\bbetter off with (?:\w+ ){1,2}raising\b|\bbetter off with (?:the|my) (?:life )?insurance\b`,
    { who: 'any' },
  ),
  medium(
    passive,
    re`\b(?:no one|nobody|anyone|anybody|who) (?:would|will|is going to) (?:even |really )?(?:care|notice|miss me|miss it|cry)\b.{0,40}\b(?:if|when) i\b|\bif i (?:died|die|was gone|were gone|disappeared|killed myself|was dead|were dead|vanished)\b.{0,60}?\b(?:no one|nobody|anyone|anybody|who) (?:would|will|is going to)\b|\b(?:no one|nobody) (?:would|will) (?:even )?(?:miss me|notice i am gone)\b`,
    { who: 'any' },
  ),
  medium(
    passive,
    re`\b(?:what is|whats) the point (?:of|in) (?:going on|living|life|being alive|anything|it all|trying|continuing|waking up|carrying on|existing|me|getting up|staying|any of (?:it|this))\b|\b(?:do not|can not|don't) see (?:the|any) point(?: in (?:going on|living|anything|being alive|life|trying|continuing))?(?= *$| anymore| in (?:going|living|anything|being|life|trying|continuing)\b)|\bno point (?:in )?(?:living|going on|being alive|anymore|trying anymore|in anything)\b`,
  ),
  medium(
    passive,
    re`\blife (?:is not|is no longer|not|isn't) worth (?:living|it)\b|\bnot worth living\b|\bno (?:reason|reasons|point|purpose) (?:for me )?(?:to|in) (?:live|living|go on|going on|keep going|stay|be alive|being alive|continue|wake up|get up|be here)\b|\bnothing (?:left )?to live for\b|\blife (?:has|have) no (?:sense|meaning|point|purpose)\b|\blife is (?:meaningless|pointless)\b`,
    { who: 'any' },
  ),
  medium(
    passive,
    re`\b(?:do not|does not|did not) deserve to (?:live|be alive|be here|exist|breathe)\b|\b(?:so |just |totally )?(?:over|done with|finished with) (?:living|being alive|existing)\b|\b(?:the world|nobody|no one|anyone) (?:does not|do not|will not|would not) (?:even )?(?:need|want|miss) me\b|\b(?:nobody|no one) (?:needs|wants) me\b|\bso (?:it|this|everything|it all) (?:is|would be|will be|can be|could be) (?:all )?over\b|\b(?:hope|wish|pray)\w*\b.{0,30}\b(?:car crash|accident|crash|get hit|heart attack|cancer)\b`,
  ),
  medium(
    passive,
    re`\b(?:being dead|my (?:own )?death|killing myself|ending it(?: all)?|ending my life|not being (?:here|alive|around)|not existing|me being gone)\b(?: \S+){0,4}? (?:would be|is|seems|sounds|feels|looks) (?:\S+ )?(?:better|easier|preferable|a relief|peaceful|nicer|the only (?:way|option|answer))\b`,
  ),
  medium(
    passive,
    re`\b(?:imagin\w*|picturing|picture|fantasi\w*|dream\w* (?:about|of)|think\w* about) (?:\w+ ){0,3}my (?:own )?(?:funeral|death|obituary)\b|\b(?:pain|it|this|everything|it all|suffering) (?:to )?(?:stop|end|be over)s? (?:permanently|forever|for good)\b`,
  ),
  medium(passive, re`\b(?:if|when) i am (?:gone|dead|not here anymore)\b(?! (?:for|on|to|at|from|in|away)\b)`),
  medium(
    passive,
    re`\bwhy (?:am i|should i|do i|do i even|am i even) (?:still )?(?:alive|here|living|exist|keep going|keep living|keep trying|bother living|bother)(?= *$)`,
  ),
  medium(
    passive,
    re`\b(?:tired|sick|exhausted|weary) (?:of|from|to) (?:living|live|being alive|existing|exist|life|being here|breathing|waking up|fighting|trying|everything|being me|being myself)\b(?! (?:with|to|for|the|at|in|my|insurance|this)\b)`,
    { negatable: true },
  ),
  medium(
    passive,
    re`\bremov\w* myself from (?:the equation|the picture|everyone|this world|the world|their lives)\b|\b(?:want|wish|need|just want) (?:it|this|everything|it all|all of this|my life|life|the pain) (?:would|to|could) ${ADV}(?:end|stop|be over)(?! (?:hurting|ringing|so|soon|for a)\b)\b|\bwait(?:ing)? for (?:it|life|everything) to end\b`,
  ),
  medium(
    passive,
    re`\b(?:not|never) (?:\w+ )?(?:picture|imagine|see) myself (?:being )?(?:alive|living|still here|making it|around)\b|\b(?:do not|can not) see (?:a|any) future for (?:myself|me)\b|\bno future for me\b`,
  ),
]

const THOUGHT_SIGNALS: Signal[] = [
  medium(
    thoughts,
    re`\b(?:am|feel|feeling|felt|been|got|getting|get|was|become|becoming|went) ${ADV}(?:(?:very|extremely|kind of|a bit|a little|pretty|quite|super|really|so|more|actively|passively) )*suicidal\b|\bsuicidal (?:again|lately|tonight|today|right now|every day)\b|\b(?:my|i have|i am having|having|had|got|get|keep having) (?:\w+ ){0,2}suicidal (?:thoughts|ideation|urges|feelings)\b|^suicidal\b`,
    { negatable: true },
  ),
  medium(
    thoughts,
    re`\b(?:think|thinking|thought|thoughts|talk\w*|post\w*|joke\w*|writ\w*|dream\w*|obsess\w*) (?:about|of) (?:suicide(?! (?:prevention|rates?|awareness|loss|statistics|risk|hotline|line|crisis|survivors)\b)|killing myself|ending (?:it|my life|things|it all)|dying|not being (?:here|alive|around)|taking my (?:own )?life|how to (?:die|kill myself|end it|do it)|the suicide|doing it|jumping(?! (?:into|in|at|on|back|ahead|through|for joy|rope|the gun|ship|up)\b)|overdosing|hanging myself|wanting to die|kill myself|disappearing forever)\b|\b(?:considering|contemplating|planning) (?:suicide|ending it|ending my life|killing myself)\b`,
    { negatable: true },
  ),
  medium(
    thoughts,
    re`\b(?:think|thinking|thought) about (?:it|doing it|trying|trying it|attempting|attempting it) (?:all the time|every day|constantly|a lot|nonstop|daily|every night|again)\b`,
    {
      requires: DEATH_TOPIC,
    },
  ),
  medium(
    thoughts,
    re`\b(?:thoughts?|urges?|feelings?|ideation|voices) (?:are|is|have|has|came|come|coming|creeping|crept) back\b|\bback (?:in|to|at) (?:that|the same|this) (?:\w+ )?(?:place|headspace|spot|state)\b`,
    { who: 'any', requires: DEATH_TOPIC },
  ),
  // A catch-all: the writer names suicide or an overdose in the first person, in a clause not about the topic.
  medium(
    thoughts,
    re`^(?=.*\b(?:i|me|my|myself)\b)(?!.*\b${ABOUT_THE_TOPIC}\b).*?\b(?<act>suicid\w*|overdos(?:e|ed|ing))\b`,
    { negatable: true },
  ),
]

const BURDEN_SIGNALS: Signal[] = [
  medium(
    burden,
    re`\b(?:i am|i feel|feel|feeling|i have become|become|becoming|being|i have been|am|i was|i will always be|always|i) ${ADV}(?:like )?(?:(?:such|just|only|nothing but|a huge|a big|a total|the) )*(?:a |an )?(?:burden|drain|waste of (?:space|air|oxygen|life|a (?:person|human))|weight around)\b(?! (?:of proof|on the system|of (?:care|disease|treatment))\b)`,
  ),
  medium(
    burden,
    re`\ba (?:mother|father|mom|dad|parent|wife|husband|partner|son|daughter|person) who (?:is|was) not a burden\b`,
    {
      who: 'any',
    },
  ),
]

const HOPELESS_SIGNALS: Signal[] = [
  medium(
    hopeless,
    re`\b(?:can not|could not|do not think i can|can no longer|unable to|not able to|no longer able to) ${ADV}(?:go on|keep going|keep living|do this anymore|do it anymore|take (?:it|this|much more) anymore|live like this|carry on|face another day|survive this|hold on(?: much| any)? longer|keep fighting|keep (?:that|this|my) promise|live without (?:him|her|them)|do (?:this )?life without|go on without)\b`,
  ),
  medium(
    hopeless,
    re`\bno way out\b|\bthere is no hope\b|\bno hope left\b|\blost all hope\b|\bgiven up on (?:life|everything|living)\b|\b(?:completely|totally|utterly) hopeless\b|\bdone with (?:life|living|everything|it all|this life|this world|existing|being alive)\b|\bhow (?:much )?longer (?:i can|can i|i am able to) (?:do this|go on|keep going|take (?:it|this)|hold on|keep this up|last|keep living)\b|\bready to be done(?= *$| with (?:everything|life|it all|this life))|\bi (?:just )?want out(?= *$| of (?:this life|life|here|this world|everything))`,
    { negatable: true },
  ),
]

const SELF_HARM_SIGNALS: Signal[] = [
  medium(
    selfHarm,
    re`\b(?:cut|cutting|cuts|burn|burned|burnt|burning|burns|hurt|hurting|hurts|harm|harming|hit|hitting|punch\w*|scratch\w*|carv\w*|bite|biting|stab\w*|slash\w*|choke|choking|strangl\w*) (?:myself|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|body|hips?))\b(?! (?:on (?:the|a) (?:stove|oven|pan|iron)|cooking|shaving|by accident|accidentally|while|in the kitchen)\b)`,
    { negatable: true },
  ),
  medium(
    selfHarm,
    re`\bself harm(?:ing|ed)?\b(?! (?:awareness|prevention|resources|support|group|scars|stories|statistics)\b)`,
    { negatable: true },
  ),
  medium(
    selfHarm,
    re`\b(?:started|start|starting|been|keep|kept|relapsed(?: on| into)?|urges? to|the urge to|want to|wanting to|need to|going to|tempted to|back to|resist(?:ing)? the urge to) ${ADV}(?:cutting|cut|self harming|burning myself)\b(?! (?:back|down|out|off|carbs|sugar|costs|corners|class|ties|it|the|my hair|hair|coupons|paper|wood|through|across|in line|loose|short|grass)\b)|\bi cut (?:again|last night|today|tonight|yesterday|this morning|deeper|too deep)\b`,
    { negatable: true },
  ),
  medium(
    selfHarm,
    re`\bfresh (?:cuts|scars|wounds|burns)\b|\bhid(?:e|ing) (?:it|them|my (?:arms|cuts|scars)) under (?:long )?sleeves\b`,
  ),
]

const ATTEMPT_SIGNALS: Signal[] = [
  medium(
    attempt,
    re`\b(?:my|an|the|last|first|second|third|previous|recent|suicide|failed) attempts?\b(?! (?:at|to) (?!suicide|kill|end|take|die))|\bi (?:have |had )?(?:attempted\b(?! (?:the|a|an|to (?!kill|end|take|die))\b)|tried to (?:kill|end|take|hang|overdose|die|jump|shoot|drown|cut my wrist)|tried suicide|survived (?:jumping|an? (?:attempt|overdose)|my (?:attempt|overdose)))`,
    { negatable: true },
  ),
  high(
    REASONS.attemptNow,
    re`\bi (?:have )?(?:tried|attempted) (?:twice|once|three times|\w+ times|before)\b(?! to\b)[^]{0,80}\b(?:try|attempt) (?:again|a (?:second|third|fourth|\w+) time)\b`,
    { who: 'any', wholeComment: true },
  ),
]

export const SIGNALS: Signal[] = [
  ...INTENT_SIGNALS,
  ...PLAN_SIGNALS,
  ...METHOD_SIGNALS,
  ...FAREWELL_SIGNALS,
  ...GIVING_SIGNALS,
  ...DEADLINE_SIGNALS,
  ...WISH_SIGNALS,
  ...PASSIVE_SIGNALS,
  ...THOUGHT_SIGNALS,
  ...BURDEN_SIGNALS,
  ...HOPELESS_SIGNALS,
  ...SELF_HARM_SIGNALS,
  ...ATTEMPT_SIGNALS,
]

/** Mentions without a personal risk of their own: they make a comment 'low'. */
export const MENTION = re`\b(?:suicid\w*|overdos\w*|self harm\w*|kill(?:ed|ing|s)? (?:him|her|them|my|your)sel(?:f|ves)|took (?:his|her|their|my) (?:own )?life|end(?:ed)? (?:his|her|their) life|crisis|want(?:s|ed|ing)? to die|cut(?:ting)? (?:myself|himself|herself)|used to cut|attempt(?:ed)? suicide)\b`
