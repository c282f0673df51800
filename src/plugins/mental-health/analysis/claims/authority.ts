import * as cue from '../cues'
import { type Token } from '../nlp'
import { type View, lemmaIn } from './view'

/** Appeals to authority: research that "shows", organisations that assert, citations, credentials. */

export const PERSON_AUTHORITY = cue.set(
  'doctor physician clinician psychiatrist psychologist therapist expert scientist specialist researcher professional authority',
)

/** "Studies show", "leading experts agree": a person only counts in the plural or as a group. */
export const researchNounAt = (tokens: Token[]): number => {
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

export const isPassiveFind = (tokens: Token[], index: number) =>
  tokens[index].lemma === 'find' && /^(?:be|been|is|are|was|were|being)$/.test(tokens[index - 1]?.lower ?? '')

export const researchSays = (view: View) => {
  if (
    /\b(?:shown|proven|found|demonstrated|confirmed|validated|tested|studied)\s+(?:in|by)\s+(?:\w+\s+){0,3}(?:studies|trials|research|researchers|experts|scientists|meta-analys[ie]s)\b|\bin (?:clinical |randomi[sz]ed |controlled |recent |large |published )*(?:trials|studies)\b/.test(
      view.lower,
    )
  )
    return true
  const tokens = view.tokens
  const noun = researchNounAt(tokens)
  if (noun === -1) return false
  for (let verb = noun + 1; verb < Math.min(tokens.length, noun + 15); verb++) {
    const token = tokens[verb]
    if (token.negated || !lemmaIn(token, cue.ASSERTION_VERB) || token.pos === 'NOUN' || token.pos === 'PROPN') continue
    if (!isPassiveFind(tokens, verb)) return true
  }
  return false
}

/** A capitalised run with an organisation word ("the American Psychiatric Association") or a known acronym. */
export const organisationAt = (tokens: Token[]): number => {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]
    if (cue.KNOWN_AUTHORITY.has(token.lower) && /^[A-Z]/.test(token.text)) return index
    if (token.pos === 'PROPN' && cue.ORGANISATION_WORD.has(token.lower) && /^[A-Z]/.test(token.text)) return index
  }
  return -1
}

export const NEWS_ATTRIBUTION = cue.set('say tell add urge call ask')
export const ENDORSE = cue.set(
  'clear approve endorse certify accredit recognize recognise describe define classify consider call list',
)

/** An organisation asserting something; "police said" is attribution, not authority. */
export const ORGANISATION_TEXT = new RegExp(
  `\\b(?:${[...cue.KNOWN_AUTHORITY].map((word) => word.toUpperCase()).join('|')}|Harvard|Stanford|Yale|Mayo)\\b|\\b[A-Z][\\w'’-]* (?:[A-Z][\\w'’-]* )*(?:${[...cue.ORGANISATION_WORD].map((word) => word[0].toUpperCase() + word.slice(1)).join('|')})\\b|\\b(?:${[...cue.ORGANISATION_WORD].map((word) => word[0].toUpperCase() + word.slice(1)).join('|')}) (?:of|on|for)\\b`,
)

export const namedSourceSays = (view: View) => {
  if (!ORGANISATION_TEXT.test(view.text)) return false
  const tokens = view.tokens
  const organisation = organisationAt(tokens)
  if (organisation === -1) return false
  for (let index = Math.max(0, organisation - 12); index < tokens.length; index++) {
    const token = tokens[index]
    // "The Office of Youth Wellbeing reports that…": the tagger may read "reports" as a noun; "that" tells.
    const verbBeforeThat = tokens[index + 1]?.lower === 'that' && /s$/.test(token.lower)
    if (token.negated || ((token.pos === 'NOUN' || token.pos === 'PROPN') && !verbBeforeThat)) continue
    if (lemmaIn(token, NEWS_ATTRIBUTION) || isPassiveFind(tokens, index) || tokens[index - 1]?.lower === 'to') continue
    if (lemmaIn(token, cue.ASSERTION_VERB) || lemmaIn(token, ENDORSE)) return true
  }
  return false
}

export const guidelines = ({ lower }: View) =>
  /\b(?:guidelines?|recommendations?|standards?|criteria|protocols?) (?:from|of|by|set by|issued by) (?:the )?[a-z]+/.test(
    lower,
  ) && /\b(?:follow|follows|based on|meet|meets|in line with|according to|adhere)\b/.test(lower)

export const credentials = ({ lower }: View) =>
  /\b(?:accredited|certified|licensed|recognized|recognised|endorsed|approved|commended|named) by\b|\btrained at (?:a |the )?(?:leading|top|prestigious|renowned|major)\b|\b(?:practi[cs]ed|worked|served|specialized|specialised|been (?:practi[cs]ing|treating|working|helping)) (?:[\w-]+ ){0,4}for (?:more than |over |nearly |almost |well over )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty) (?:years|decades)\b|\bpublished (?:more than |over )?\w+ (?:papers|studies|articles|books)\b|\bboard[- ]certified\b|\b(?:\d+|\w+) (?:years|decades) of (?:\w+ )?(?:experience|continuous sobriety|sobriety)\b|\bholds? (?:a |an |the |intensive |national )?(?:[\w-]+ ){0,6}(?:certification|license|credential|training)\b|\b[a-z]+-trained\b|\btrained (?:in|through) \w+|\binterviewed (?:on|by|in)\b|\bused in (?:major |large |clinical )?(?:research|trials|studies)\b|\bspent \w+ years (?:as|at|with)\b|\blist of essential medicines\b|\b(?:are|is) (?:all )?(?:an? )?(?:licensed|certified|credentialed|registered)\b|\bour (?:licensed|certified|credentialed|board-certified) \w+|\b(?:featured|as seen) (?:on|in)\b|\baward[- ]winning\b/.test(
    lower,
  )

/** "Trained at Johns Hopkins", "completed her residency at Stanford": a named institution behind a clinician. */
export const trainedAt = ({ text }: View) =>
  /\b(?:trained|studied|completed (?:her|his|their) (?:residency|fellowship|training)|did (?:her|his|their) (?:residency|fellowship)) (?:at|with) (?:the )?[A-Z][\w'’-]+/.test(
    text,
  )

export const citedSource = ({ lower, text }: View) =>
  /\b(?:according to|per|funded by|backed by|cited by|researched by|data from|figures from|a report (?:from|by))\s+(?:the\s+|a\s+|an\s+)?[A-Z0-9]/.test(
    text.replace(/^(?:According|Per)\b/, (word) => word.toLowerCase()),
  ) &&
  !/\baccording to (?:your|you|our|their|his|her|what|how)\b/.test(lower) &&
  !/\baccording to (?:the )?[\w' ]*(?:sheriff|police|department of corrections|fire (?:department|chief|crews?)|coroner|medical examiner|court|family|friends|witnesses|relatives|officials|spokes\w+)/.test(
    lower,
  )

export const evidenceLabel = ({ lower, text }: View) =>
  !/\b(?:Evidence|Science|Research|Data)[- ](?:Based|Backed|Driven|Supported|Informed) [A-Z]/.test(text) &&
  /\bbacked by (?:\w+ ){0,3}(?:research|science|evidence|studies|data)\b|\b(?:evidence|science|research|data)[- ](?:based|backed|driven|supported|informed)\b|\bclinically (?:proven|tested|shown|validated|studied)\b|\b(?:doctor|physician|therapist|psychiatrist)[- ](?:recommended|approved|endorsed)\b|\bfda[- ](?:approved|cleared)\b|\bgold standard\b|\b(?:studies|research|experts|science|evidence)\s+(?:show|shows|showed|confirm|prove|agree|suggest)s?\b/.test(
    lower,
  )

export const studyMention = ({ lower }: View) =>
  /\b(?:a|one|new|recent|landmark|major|large|published)\s+(?:\w+\s+){0,2}(?:study|trial|report|survey|review|meta-analysis)\b/.test(
    lower,
  ) && /\b(?:found|shows?|showed|reported|suggests?|concluded|revealed|demonstrated)\b/.test(lower)
