import * as cue from '../cues'
import { type View } from './view'

/** Testimonial outcomes: a person's result told as evidence, in the first or third person. */

export const PERSONAL_OUTCOME =
  /\b(?:saved (?:my|his|her|their|our) (?:life|lives|marriage|family|son|daughter|liver|job)|changed my life|(?:gave|give|gives|handed) (?:me|him|her|them|us|you) (?:back )?(?:my|his|her|their|our|your|a) (?:life|lives|son|daughter|family|wife|husband|spark|hope|future)(?: back)?|(?:got|has|have|had) (?:my|his|her|their) (?:life|lives|wife|husband|son|daughter|mom|dad|kid) back|(?:i|he|she|they|we)(?:'ve| have| has|'s)? (?:been|stayed|remained) (?:sober|clean|well|stable|symptom-free|out of the hospital|drug-free|alcohol-free)|(?:sober|clean) (?:for|since)|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|eighteen|500|a hundred)\s+(?:days?|weeks?|months?|years?) (?:sober|clean|free)|(?:days?|weeks?|months?|years?) (?:sober|clean) (?:now|and counting|this month|today)|(?:haven't|hasn't|have not|has not|hadn't) (?:had a (?:drink|drop|panic attack)|used|relapsed|touched|needed|binged|purged|cut|self-harmed|been back)|no longer (?:struggles?|feels?|needs?|has|have|suffers?|fears?|drinks?|uses?)|(?:my|his|her|their) (?:anxiety|depression|panic(?: attacks)?|cravings|symptoms|nightmares|flashbacks|score|blood pressure) (?:is|are|was|were|have|has|had|went) (?:gone|under control|manageable|disappeared|vanished|lifted|dropped|back to normal|from)|(?:feel|feels|felt|feeling) (?:like (?:myself|himself|herself|themselves|a new person) again|human again|human)|(?:is|are|am) (?:now )?thriving|(?:back|went back|going back) to (?:work|school|college|coaching|teaching|my|his|her|their|normal)|back (?:in|at) (?:school|work|class|college)|(?:sober|clean|well|home|out of the hospital|symptom-free) ever since|(?:stayed|kept) (?:out of|off) (?:the hospital|drugs|alcohol)|a (?:new|different) (?:man|woman|person|kid)|(?:is|am|are) (?:alive|sober|clean|recovered|in recovery) (?:and|today|now)|weight-restored|stopped (?:hurting|cutting|drinking|using)(?: myself| himself| herself)?|(?:walked|came) out (?:feeling|a new|clean|sober)|(?:dropped|went) from \w+ to|retrained my brain|(?:gained|got) back (?:the weight|his|her|my)|for the first time (?:in|since)|finally (?:eating|sleeping|sober|clean|myself|happy|at peace|home)|(?:zero|no) (?:withdrawal )?(?:symptoms|cravings)\.?$)/

export const NARRATOR = /\b(?:i|i'm|i've|my|me|he|his|him|she|her|they|their)\b/
export const STORY_OUTCOME =
  /\b(?:went \w+ (?:days|weeks|months|years) without|kept (?:me|him|her|them|us) from (?:picking up|drinking|using|relapsing|going back)|(?:would|wouldn't|would not) (?:not )?be (?:alive|here|sober) (?:today )?without|(?:at|reached) a healthy weight|helped (?:me|him|her|us|them) (?:finally )?(?:deal with|overcome|get over|beat|manage|face|quit|stop|get through)|stays? asleep|sleeps? (?:until|till) (?:dawn|morning)|stopped taking (?:\w+ ){0,3}(?:pills|meds|medications?|drugs|aids)|rejoined|re-enrolled|(?:came|come|coming|got|is|was|went) off (?:\w+ ){0,3}(?:meds|medications?|pills|aids|drugs|opioids|methadone|antidepressants)|now (?:runs|works|owns|teaches|coaches|leads|volunteers|mentors)|(?:thinned|faded|eased|subsided|lifted|dropped|fell) (?:to|away|off)|(?:has|have|hasn't|haven't) (?:not )?had (?:a|an|any) (?:\w+ ){0,2}(?:spell|episode|attack|drink|relapse|flashback|one)s? since|sleeps? through the night|returned (?:the|my|our) (?:man|woman|son|daughter|husband|wife|dad|mom|father|mother)|went from .{3,80}? to|walk (?:me|her|him) down the aisle|(?:got|get|have|has|had) (?:my|his|her|their) \w+ back|(?:went|goes|go|is|am|are|was|'m) back to \w+|again\b(?![^.]*\?)|(?:nightmares|panic attacks|flashbacks|cravings|symptoms|score) (?:had |have |has )?(?:dropped|gone|eased|stopped|disappeared|faded|fell)|got (?:me|him|her|them) through|(?:felt|feel|feels) the (?:fog|weight|cloud|darkness) lift|(?:'m|am|is) alive|stuck (?:to|with) it for|(?:ran|run|finished|completed) (?:my|his|her) first)/

export const personalOutcome = ({ lower }: View) =>
  !/\b(?:relaps\w*|died|overdosed|was found dead|using again|drinking again|arrested|back in jail)\b/.test(lower) &&
  (PERSONAL_OUTCOME.test(lower) || (NARRATOR.test(lower) && STORY_OUTCOME.test(lower) && !/\?\s*$/.test(lower)))

export const PERSONAL_OUTCOME_WORDS =
  cue.set(`without healthy weight asleep dawn taking rejoined off now thinned faded eased subsided lifted since sleeps returned aisle again alive through stuck ran run fog lift saved changed life lives sober clean haven hasn hadn have has longer anxiety depression
  panic cravings symptoms nightmares flashbacks myself himself herself themselves thriving back ever stayed kept remained
  been feel feels felt new different alive restored stop stopped walked came dropped went retrained gained got first
  finally zero score pressure handed`)

export const firstPersonResult = ({ lower, testimonial }: View) =>
  testimonial &&
  /\b(?:i am|i'm|i have been|i've been|i feel|i felt|i finally|i can now|i now|now i)\b[^.]{0,60}\b(?:sober|clean|free|better|cured|recovered|symptom-free|happy|myself|hope|whole|normal|calm|confident|control)\b/.test(
    lower,
  )
