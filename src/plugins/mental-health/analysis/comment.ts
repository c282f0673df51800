/**
 * Screening of reader comments (rulebook §6): crisis language with a risk tier, personal health or
 * contact details (held, with a redacted copy for staff), links (possible spam); and staff replies
 * that would confirm someone is a patient. Pure.
 */

export type RiskTier = 'none' | 'low' | 'medium' | 'high'
export type PersonalInfoKind = 'phone' | 'email' | 'address' | 'medication'

export type CommentScreening = {
  riskTier: RiskTier
  urgent: boolean
  personalInfo: PersonalInfoKind[]
  hasLinks: boolean
  redacted: string
}

/** Imminent intent: a plan, a time, means at hand, goodbyes. */
const HIGH = [
  /\b(?:going|gonna|about|plan(?:ning)?|ready) to (?:kill myself|end (?:it|my life)|take my (?:own )?life|die)\b/i,
  /\b(?:kill(?:ing)? myself|end(?:ing)? (?:it all|my life)) (?:tonight|today|now|this week|soon)\b/i,
  /\b(?:tonight|today) (?:is|will be) (?:the|my) (?:night|day|end)\b/i,
  /\b(?:i have|i've got|got) (?:the )?(?:pills|a gun|a rope|a plan)\b/i,
  /\b(?:this is )?(?:my )?(?:goodbye|final) (?:note|message|post)\b/i,
]
/** Ongoing ideation without stated intent. */
const MEDIUM = [
  /\b(?:want|wanted|wanna) to (?:die|kill myself|end (?:it|my life)|disappear forever)\b/i,
  /\b(?:i am|i'm|feeling|been) (?:so )?suicidal\b/i,
  /\b(?:thinking|thoughts) (?:about|of) (?:suicide|killing myself|ending (?:it|my life))\b/i,
  /\b(?:don't|do not|dont) want to (?:live|be alive|be here)(?: anymore)?\b/i,
  /\b(?:no reason|nothing) to live for\b/i,
  /\b(?:hurt(?:ing)?|cut(?:ting)?|harm(?:ing)?) myself\b/i,
  /\bself[- ]harm(?:ing)?\b/i,
]
/** Past or indirect mentions. */
const LOW = [/\bsuicid\w*\b/i, /\boverdos\w*\b/i, /\bused to (?:cut|self[- ]harm|want to die)\b/i, /\bcrisis\b/i]

const PERSONAL: { kind: PersonalInfoKind; pattern: RegExp }[] = [
  { kind: 'email', pattern: /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g },
  { kind: 'phone', pattern: /(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\b\d{3})[\s.-]?\d{3}[\s.-]?\d{4}\b/g },
  {
    kind: 'address',
    pattern:
      /\b\d{1,5}\s+(?:[A-Z][a-z]+\s){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl)\b\.?/g,
  },
  { kind: 'medication', pattern: /\b[A-Za-z][a-z]{3,}\s*\d+(?:\.\d+)?\s?(?:mg|mcg|µg|ml|g)\b/gi },
]

const LINK = /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:com|net|org|info|biz|io|ru|xyz|shop)(?:\/\S*)?\b/i

const tierOf = (text: string): RiskTier => {
  if (HIGH.some((p) => p.test(text))) return 'high'
  if (MEDIUM.some((p) => p.test(text))) return 'medium'
  if (LOW.some((p) => p.test(text))) return 'low'
  return 'none'
}

export const screenComment = (body: string): CommentScreening => {
  const personalInfo = new Set<PersonalInfoKind>()
  let redacted = body
  for (const { kind, pattern } of PERSONAL) {
    redacted = redacted.replace(pattern, () => {
      personalInfo.add(kind)
      return `[${kind} removed]`
    })
  }
  const riskTier = tierOf(body)
  return {
    riskTier,
    urgent: riskTier === 'medium' || riskTier === 'high',
    personalInfo: [...personalInfo],
    hasLinks: LINK.test(body),
    redacted,
  }
}

/** Phrases by which a reply would confirm that someone is or was a patient (HIPAA, 42 CFR Part 2). */
const CONFIRMS_PATIENT = [
  /\b(?:as|being) (?:your|her|his|their) (?:therapist|counsel+or|doctor|provider|clinician|care team)\b/i,
  /\b(?:when|while) you (?:were|was) (?:here|with us|in (?:our|the) program|admitted|in treatment)\b/i,
  /\b(?:during|after|since) (?:your|her|his|their) (?:stay|treatment|admission|sessions?|visit|program|discharge)\b/i,
  /\b(?:your|her|his|their) (?:treatment|care|records?|diagnosis|appointment|sessions?) (?:with|at) us\b/i,
  /\b(?:thanks?|thank you) for (?:being|choosing us as) (?:a|our) (?:patient|client)\b/i,
  /\b(?:we|I) remember (?:you|her|him|them)\b/i,
  /\b(?:our|a former|a current) (?:patient|client)\b/i,
]

/** Why a staff reply must not be published as written, if it must not. */
export const staffReplyProblems = (reply: string): string[] =>
  CONFIRMS_PATIENT.filter((pattern) => pattern.test(reply)).map(
    (pattern) => `"${reply.match(pattern)![0]}" would confirm that someone is or was a patient`,
  )
