/**
 * Word classes the claim rules reason with (lemmas, lower case). They describe kinds of claims in
 * health marketing and reporting generally (FTC Health Products Compliance Guidance; the
 * rulebook's §7), not the wording of any one post.
 */
export const set = (words: string) => new Set(words.trim().split(/\s+/))

/** Who or what a count or share is about. */
export const POPULATION = set(`
  person people adult adolescent teen teenager youth child kid student patient client participant resident veteran
  american woman man men women individual family parent mother father worker employee graduate survivor
  servicemember soldier senior elder user death overdose suicide case visit admission readmission hospitalization
  life diagnosis episode attempt incident emergency referral fatality household respondent
  county nation country worldwide population alumnus alumni enrollee inmate infant baby girl boy
  caller user resident homeowner driver victim addict review rating call guest member visitor camper attendee
  farmer rancher firefighter responder officer nurse teacher athlete miner trucker sufferer deputy trooper sailor`)

/** What an outcome is measured in. */
export const OUTCOME_NOUN = set(`
  benefit result outcome recovery improvement relief progress gain success healing sobriety remission change
  difference reduction symptom relapse craving function functioning quality wellbeing well-being turnaround
  breakthrough transformation stability abstinence retention completion setting care effect effectiveness`)

export const RESEARCH_NOUN = set(`
  study research researcher trials meta-analysis analysis review survey data evidence expert scientist doctor
  physician clinician psychiatrist psychologist therapist report journal finding literature science statistic
  estimate poll specialist professional test toxicology autopsy`)

export const ASSERTION_VERB = set(`
  show find prove demonstrate indicate suggest support confirm establish report conclude reveal agree recommend
  affirm state note estimate say link associate document back endorse attest validate warn emphasize stress
  explain observe determine identify predict project calculate record count rank maintain commend name advise
  argue contend praise deem rate cite publish outline underscore caution`)

/** Words that make a capitalised sequence an organisation. */
export const ORGANISATION_WORD = set(`
  institute institutes association administration center centers centre department society organization
  organisation college academy university school hospital clinic foundation council alliance agency board journal
  commission service services office bureau network coalition consortium lancet harvard stanford yale hopkins mayo
  roundtable quarterly magazine weekly times gazette tribune herald`)

export const KNOWN_AUTHORITY = set(`
  cdc nimh nida samhsa who fda nih hhs apa ama niaaa va asam aap nami afsp ahrq cms oecd unicef harvard stanford
  yale mayo`)

export const TREATMENT_NOUN = set(`
  treatment therapy program programme medication care approach method counseling counselling cbt dbt emdr tms
  ketamine mat iop php detox rehab rehabilitation intervention service session group psychotherapy plan protocol
  model medicine drug antidepressant buprenorphine methadone naltrexone exposure neurofeedback biofeedback erp
  naloxone training stabilizer lithium ssri stimulant suboxone subutex sublocade vivitrol zuranolone esketamine
  spravato`)

export const EFFICACY_VERB = set(`
  work help reduce relieve ease restore eliminate prevent lower improve treat heal stop cut boost strengthen
  rewire reverse resolve alleviate lessen decrease diminish curb control manage stabilize stabilise calm reset lift
  retrain repair rebalance fix soothe clear dissolve free transform renew save fade quiet silence end rebuild`)

/** Who delivers the care, as the subject of an efficacy claim ("it calms withdrawal", "our team heals…"). */
export const PROVIDER = set('we our it this clinic center centre team staff place house program')

export const EFFICACY_OBJECT = set(`
  symptom anxiety depression relapse craving pain stress risk mood sleep recovery life function trauma ptsd
  addiction withdrawal suicide overdose death hospitalization readmission panic worry insomnia use drinking
  thought outcome urge household family brain circuit child marriage weight nerve system teen son daughter
  disorder illness condition dependence habit self-harm nightmare flashback`)

/** Verbs whose future or universal form promises a result. */
export const OUTCOME_VERB = set(`
  regain recover heal overcome beat conquer stop quit reclaim rebuild thrive transform succeed achieve improve
  feel get find break walk leave return stay live enjoy sleep become reach gain restore end experience see notice
  master graduate benefit respond rediscover discover overcome emerge bounce bond connect`)

/** After "feel", "get" and friends: only these make the verb an outcome. */
export const OUTCOME_COMPLEMENT = set(`
  better well whole normal relief free freedom peace confident calm hopeful healthy sober clean stable control back
  yourself himself herself themselves myself again transformed renewed happier stronger healed results ready clear-headed
  restored recovered alive human lighter steadier calmer skills tools confidence hope strength voice footing purpose
  meaning balance joy spark`)

export const UNIVERSAL_SUBJECT = set('anyone everyone anybody everybody all every each whoever')

export const GAIN_VERB = set('see experience report notice enjoy achieve make gain show feel')

/** What patients are said to see or report: gains, not plans. */
export const GAIN_NOUN = set(
  'gain improvement result relief progress benefit change difference reduction transformation breakthrough stride',
)

export const RELIABLE = set('dependable reliable surefire sure-fire foolproof certain consistent predictable')
export const PATH_NOUN = set('path road way route method solution approach treatment program recovery sobriety plan')

export const SUPERIORITY = set(`
  unmatched unrivaled unrivalled unparalleled unsurpassed unbeatable outperform surpass outshine outpace
  superior world-class industry-leading best-in-class premier top-rated award-winning pre-eminent preeminent
  exceptional`)

export const SUPERLATIVE_WORD = set(`
  most best top leading greatest highest safest fastest finest foremost premier largest biggest strongest
  quickest`)

/** Comparatives that are not "-er" forms or are ambiguous with them. */
export const COMPARATIVE_WORD = set(`
  more less fewer better worse greater higher lower faster quicker safer stronger deeper cheaper longer shorter
  easier harder larger smaller superior`)

export const SPEED_VERB = set('speed accelerate hasten fast-track jump-start expedite shorten quicken')
export const SPEED_ADJECTIVE = set('quick rapid fast immediate instant overnight swift speedy')

export const CHANGE_VERB = set(`
  rise fall increase decrease double triple quadruple drop climb surge decline grow spike soar plummet
  skyrocket halve`)

export const RATE_NOUN = set(`
  rate rates risk odds prevalence incidence number likelihood chance share proportion percentage toll death
  overdose suicide case admission visit`)

export const QUANTITY_WORD = set('dozens hundreds thousands millions billions tens scores')
export const FRACTION_WORD = set(`
  half third quarter fifth sixth tenth majority minority fraction percentage proportion share portion plurality`)

export const ABSOLUTE_WORD = set(`
  cure cured cures curing guarantee guaranteed guarantees permanent permanently forever risk-free miracle
  breakthrough foolproof`)
