import * as cue from '../cues'
import { type View, findLemma, lemmaIn, near } from './view'
import { aboutCare } from './comparatives'
import { isFiniteVerb, outcomeVerbAt } from './promises'

/** Speed and safety: outcomes within a time window, "no side effects", "safe" about treatment. */

export const TIME_WINDOW =
  /\b(?:(?:in|within|after|over|inside)\s+(?:just\s+|only\s+|as little as\s+|under\s+|less than\s+|about\s+|the\s+(?:first\s+|very\s+first\s+)?|a\s+|their\s+|your\s+|her\s+|his\s+)?(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|a couple of|couple of|first|single|very first|an?)?(?:\s*(?:to|-|or)\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten))?\s*(?:hours?|days?|weeks?|months?|fortnight|minutes?)|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|a couple of|couple of|first|single|very first|an?)(?:\s*(?:to|-|or)\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten))?\s*(?:sessions?|dose|doses|infusions?|treatments?|visits?|appointments?)|(?<=the\s+(?:first\s+|very\s+first\s+)?)(?:sessions?|dose|doses|infusions?|treatments?|visits?|appointments?))|(?:in|within) (?:minutes|hours|days|weeks|a matter of (?:minutes|hours|days|weeks))|by (?:the end of )?(?:the |their |your )?(?:week|day|month|session|second|third|fourth|fifth|\d+(?:st|nd|rd|th)) ?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|week|day|month|session)?|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|thirty|sixty|ninety) (?:days?|weeks?|months?) from now|same[- ](?:day|week) (?:relief|results|admission)|overnight|by (?:nightfall|tonight|tomorrow|morning|bedtime|the end of the (?:day|week)))\b/

export const SERVICE_SPEED =
  /\b(?:follow(?:s|ed)? up|sit down|meet with|go over|hear back|get a call|contact you|reach out|call you back|be started|get started|connects? you|matched with|verify|verified|take home|signing up|sign up)\b|\b(?:return|answer|respond)s?\b[^.]{0,30}\b(?:calls?|emails?|messages?)|\b(?:admission|intake|appointment|callback|response|reply|scheduling)s?\b/

/** Every word the first test below could start from: without one, the sentence need not be parsed for it. */
const SPEED_STEM = /sped|speed|accelerat|hasten|fast|jump|expedit|shorten|quick|rapid|immediate|instant|overnight|swift/

export const speed = (view: View) => {
  const lower = view.lower
  const claimedSpeed =
    SPEED_STEM.test(lower) &&
    view.tokens.some(
      (token, index, tokens) =>
        !token.negated &&
        ((lemmaIn(token, cue.SPEED_VERB) &&
          // "speeds healing", not "names are shortened or changed": the outcome is a noun.
          tokens.slice(index + 1, index + 5).some((next) => next.pos === 'NOUN' && lemmaIn(next, cue.OUTCOME_NOUN))) ||
          (cue.SPEED_ADJECTIVE.has(token.lower) && near(tokens, index, cue.OUTCOME_NOUN, 0, 2)) ||
          (/^(?:quickly|rapidly|fast|swiftly|immediately|instantly)$/.test(token.lower) &&
            (near(tokens, index, cue.OUTCOME_NOUN, 3, 3) || near(tokens, index, cue.EFFICACY_VERB, 3, 1)))),
    )
  if (claimedSpeed) return true
  if (!TIME_WINDOW.test(lower) || (SERVICE_SPEED.test(lower) && !/\b(?:relief|better|sober|symptoms?)\b/.test(lower)))
    return false
  const tokens = view.tokens
  if (!aboutCare(tokens, lower) && findLemma(tokens, cue.EFFICACY_VERB) === -1) return false
  return (
    findLemma(tokens, cue.OUTCOME_NOUN) !== -1 ||
    tokens.some(
      (_, index) =>
        outcomeVerbAt(tokens, index) || (lemmaIn(tokens[index], cue.EFFICACY_VERB) && isFiniteVerb(tokens, index)),
    ) ||
    /\b(?:sober|clean|stable|better|well|symptom-free|back (?:to|in|at)|steadier|calmer|fewer|less|deepens?|deepened|drops?|dropped|fades?|faded|subsides?|subsided|lift|lifts|lifted|lifting|ease|eases|eased|relief|finish(?:es)? detox|sleep(?:s|ing)? through|different person|walk(?:ed)? out|feel(?:s|ing)?|(?:finish|eat|keep down)(?:s|es|ing)? (?:\w+ )?meals|without (?:a )?(?:feeding )?tube)\b/.test(
      lower,
    )
  )
}

export const NO_HARM =
  /\b(?:no|zero|without|free of|free from)\s+(?:\w+\s+)?(?:side[- ]effects|complications|withdrawal symptoms|injuries|incidents|seizures?|memory loss|scarring|downtime|sedation|an(?:a)?esthesia|drowsiness|weight gain|hangovers?|grogginess|dependence|dependency)\b|\bsafety record\b|\b(?:can't|cannot|can not|won't) (?:hurt|harm) (?:anybody|anyone|you|a person)\b|\bnot (?:habit[- ]forming|addictive)\b|\bnot a single side[- ]effect\b|\b(?:didn't|did not|never|haven't|have not) (?:have|get|had|notice|experience|experienced|noticed|got) (?:a single|any) side[- ]effects?\b|\bnon-?invasive\b|\bdrug-free\b|\b(?:spotless|flawless|perfect|clean) (?:safety )?record\b|\bsafe to (?:give|use|take|combine|stop)\b|\bside[- ]effect[- ]free\b|\bnon-?(?:addictive|habit[- ]forming)\b|\bnever dangerous\b|\bwell[- ]tolerated\b|\brisk-free\b|\bpainless\b|\bwithout (?:any )?(?:risk|withdrawal|pain|discomfort)\b|\b(?:completely|totally|perfectly|entirely|100%)\s+safe\b|\bsafe and effective\b|\b(?:doesn't|does not|won't|will not|don't|do not|never) (?:cause|make you feel|lead to|leave you)\b[^.]{0,40}\b(?:weight gain|drowsiness|memory|drugged|dependen\w+|addict\w+|side effects?|foggy|groggy|high)\b/
export const SAFE_CARE =
  /\b(?:considered|deemed|shown to be|proven|known to be) safe\b|\b(?:is|are|be)\s+(?:completely\s+|perfectly\s+|very\s+|entirely\s+)?safe\b|^(?:[\w-]+\s){0,6}safe,|\bsafe(?:ly)?\s+(?:and|,)\s+(?:comfortabl[ey]|gentl[ey]|effective(?:ly)?|fast|painless(?:ly)?|well)\b|\bgentle\b/

/** "No side effects", "non-addictive"; "safe" and "gentle" only about treatment (not a safety plan at home). */
export const safety = (view: View) =>
  NO_HARM.test(view.lower) || (SAFE_CARE.test(view.lower) && findLemma(view.tokens, cue.TREATMENT_NOUN) !== -1)
