/**
 * Screening of reader comments (rulebook §6): crisis language with a risk tier and its reasons (rules in
 * ./crisis, measured on tests/fixtures/corpus/comments), personal health or contact details (held, with a
 * redacted copy for staff), links (possible spam); and staff replies that would confirm someone is a
 * patient. Pure.
 */
import { assessCrisis } from './crisis/assess'

export type RiskTier = 'none' | 'low' | 'medium' | 'high'
export type PersonalInfoKind = 'phone' | 'email' | 'address' | 'medication'

export type CommentScreening = {
  riskTier: RiskTier
  urgent: boolean
  personalInfo: PersonalInfoKind[]
  hasLinks: boolean
  redacted: string
  /** Why the risk tier is what it is, for the moderator: "plan or means", "farewell", "third-party report"… */
  reasons: string[]
}

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

/** Which crisis signals a comment sets off, in words a moderator can read ("plan or means", "farewell"…). */
export const crisisSignals = (body: string): string[] => assessCrisis(body).reasons

export const screenComment = (body: string): CommentScreening => {
  const personalInfo = new Set<PersonalInfoKind>()
  let redacted = body
  for (const { kind, pattern } of PERSONAL) {
    redacted = redacted.replace(pattern, () => {
      personalInfo.add(kind)
      return `[${kind} removed]`
    })
  }
  const { tier: riskTier, reasons } = assessCrisis(body)
  return {
    riskTier,
    urgent: riskTier === 'medium' || riskTier === 'high',
    reasons,
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
