/**
 * Word groups the crisis signals are built from, as regular-expression sources over normalized
 * text (see normalize.ts: lower case, contractions spelled out, "i am", "do not", "can not").
 */

/** A tagged template that keeps backslashes: re`\bi want ${DIE}` */
export const re = (strings: TemplateStringsArray, ...parts: string[]) => new RegExp(String.raw(strings, ...parts))
export const source = (strings: TemplateStringsArray, ...parts: string[]) => String.raw(strings, ...parts)

/** Words that soften or stress without changing the meaning, any number of them. */
export const ADV = source`(?:(?:just|really|honestly|seriously|so|truly|actually|kind of|kinda|sort of|literally|still|always|often|sometimes|even|simply|finally|already|totally|lowkey|highkey|genuinely|legit|fucking|fkn|fking|freaking|damn|badly|desperately|secretly|quietly|almost|constantly|mostly|basically|also|then|now|all|only|very|more|quite|pretty|super|deeply|definitely|probably|too)\s)*`

/** Ways of wanting that take "to …" after them. */
export const WISH = source`(?:want|wants|wanted|wanting|wish|wishes|wished|wishing|need|needs|needing|long|longing|yearn|yearning|ready|tempted|prefer|would like|would love|rather|desire|urge|urges|think|thinking|deserve|deserves)`

/** Ways of intending that take "to …" after them. */
export const INTEND = source`(?:going|about|planning|plan|plans|planned|decided|deciding|decide|determined|intend|intending|intends|preparing|prepared|getting ready|made up my mind|make up my mind|have to|finally going)`

/** Modal verbs that take a bare verb after them. */
export const WILL = source`(?:will|shall|am going to|is going to)`

/** "I want to die peacefully at 100": old age, not a wish to die now. */
export const NOT_OLD_AGE = source`(?!(?: \w+){0,4} (?:at (?:\d{2,3}\b|a ripe|an old)|of old age|old and|when i am (?:old|\d{2,3})))`
/** "I'd rather die than smell that again": a comparison with something trivial, not with living on. */
export const NOT_TRIVIAL_THAN = source`(?! than (?!(?:feel|live|go on|keep|continue|be |spend|wake|face|go back (?!to (?:drinking|using|alcohol|drugs|the bottle|my old life|that life))|deal|do this|suffer|feeling|living)))`

/** Acts of ending one's own life. */
export const SUICIDE_ACT = source`(?:kill myself|end (?:it|it all|things|everything|my life|my own life|myself|this life|my existence|my suffering)(?! (?:with|between|on|off|there|at|by|as|for (?:her|him|them|us))\b)|take my (?:own )?life|commit suicide|suicide|overdose|hang myself|shoot myself|drown myself|jump (?:off|from|in front)|finish (?:with )?my life|finish it all)`

/** Being dead or not being alive, as something wished for. */
export const DIE = source`(?:die(?! (?:of|from|for (?:you|my|him|her|them|this|that|it|love|your)|laughing|happy|trying|on (?:stage|the inside))\b)${NOT_OLD_AGE}|be dead|not (?:be )?(?:alive|here|around|exist|living)(?! (?:with|in|at|for|near)\b)|not to (?:be|exist|live)|stop (?:existing|living|breathing)|cease to exist|not wake up|never wake up|(?:go to )?sleep (?:forever|and (?:not|never) wake up)|disappear(?! (?:into|to|for|on|with|from (?:social|the internet|online|work|facebook|instagram))\b)|vanish|fade away|be gone|go away from this world|leave this (?:world|life|earth)|be with (?:him|her|them|my \w+) again|join (?:him|her|them|my \w+)(?! (?:for|at|on|in)\b)|${SUICIDE_ACT}|be done with (?:it all|everything|life)|not be here anymore|sleep forever)`

/** The act itself, after a wish, a thought or a weighing ("how easy it would be to just end it"). */
export const DEATH_CORE = source`(?:(?<!(?:going to|gonna|will|would|might|could|may|was|were|am|is|are) )die(?! (?:of|from|for (?:you|my|him|her|them|this|that|it|love|your)|laughing|happy|trying|on)\b)${NOT_TRIVIAL_THAN}${NOT_OLD_AGE}|be dead${NOT_TRIVIAL_THAN}|kill myself|killing myself|end it(?: all)?(?! (?:with|between|on|off|there|at|by|as|for (?:her|him|them|us))\b)|end (?:everything|my life|things)(?! (?:with|between)\b)|ending (?:it|it all|everything|my life)(?! (?:with|between|on|there)\b)|take my (?:own )?life|taking my (?:own )?life|(?:did|do|would|will) not wake up|never wake up|never woke up|not be here|not be alive|not exist|stop existing|overdose|hang myself|slit my|jump off|sleep forever|check(?:ing)? out (?:permanently|for good|of (?:life|this world)))`

/** Means at hand. */
export const PILLS = source`(?:pills|meds|medications?|tablets|capsules|painkillers|sleeping pills|oxy\w*|opioids?|opiates|insulin|lithium|benzos?|xanax|alprazolam|klonopin|clonazepam|valium|diazepam|ativan|lorazepam|ambien|zolpidem|seroquel|quetiapine|trazodone|sertraline|zoloft|prozac|fluoxetine|lexapro|escitalopram|citalopram|paxil|wellbutrin|bupropion|effexor|venlafaxine|cymbalta|duloxetine|amitriptyline|nortriptyline|lamictal|lamotrigine|depakote|gabapentin|propranolol|benadryl|tylenol|advil|ibuprofen|aspirin|paracetamol|acetaminophen|percocet|vicodin|hydrocodone|tramadol|methadone|fentanyl|heroin|morphine|antidepressants|prescriptions?)`
export const WEAPON = source`(?:rope|noose|gun|handgun|pistol|revolver|glock|firearm|shotgun|rifle|bullets?|ammo|ammunition|razor blades?|razors?|blades?|knife|knives|helium|charcoal|poison|cyanide|exit bag)`
export const MEANS = source`(?:${PILLS}|${WEAPON})`

/** Places and ways people name when they name a method. */
export const HEIGHT_OR_TRAFFIC = source`(?:bridge|building|roof|rooftop|train|trains|tracks|railway|railway line|overpass|balcony|cliff|parking garage|car park|tower|bus|truck|lorry|traffic|highway|freeway|motorway|road|subway|metro|platform|ledge|window|sea|ocean|lake|river|water|dam|tree|wall|pole)`
export const METHOD = source`(?:(?:jump|jumping|throw myself|throwing myself|step|stepping|walk|walking|leap|leaping|lie|lying|lay|laying|lay down|drive|driving|crash|crashing|steer|steering)(?: myself| my car| the car| my truck| off)? (?:off|from|in front of|onto|into|under|over|out of|on) (?:a |an |the |my |our |that |this |some )?(?:\w+ ){0,2}${HEIGHT_OR_TRAFFIC}|hang(?:ing)? myself|noose|slit(?:ting)? my (?:wrists?|throat)|cut(?:ting)? my (?:wrists?|throat)|shoot(?:ing)? myself|gun to my head|bullet (?:in|through) my (?:head|brain)|(?:take|taking|swallow|swallowing|down|downing|empty|emptying) (?:all|every|the whole|a whole|the entire|the rest of|all of|every single|a handful of|a bunch of)(?: of)?(?: my| the| them| these| those| it)?(?: \w+){0,2}? ?(?:${PILLS}|pill|bottle|pack|box|them|it|at once)\b|(?:stand|standing|stood|sit|sitting|sat|lean\w*|climb\w*) (?:at|on|over|onto|up to) the (?:edge|ledge|railing|rail)\b(?! of my (?:seat|bed|chair))|(?:tied|tie|made|bought|have|got|hung|set up|put up) (?:a|the|my) noose|carbon monoxide|drown(?:ing)? myself|starv\w* myself to death|bleed(?:ing)? out)`

/** People a reader may report about. */
export const RELATION = source`(?:sons?|daughters?|kids?|child|children|teen|teenager|boy|girl|baby|husband|wife|partner|spouse|boyfriend|girlfriend|bf|gf|fiance|fiancee|friend|friends|bestie|roommate|flatmate|housemate|brother|sister|sibling|mom|mum|mother|dad|father|parent|parents|stepson|stepdaughter|grandson|granddaughter|grandma|grandmother|grandpa|grandfather|nephew|niece|cousin|uncle|aunt|students?|pupils?|clients?|patients?|coworker|colleague|neighbou?r|classmate|teammate|buddy|ex|twin|\d+ year old)`
export const RELATION_NP = source`(?:(?:my|our) (?:(?:\w+|\d+ year old) )?${RELATION}|a (?:\w+ )?(?:friend|colleague|coworker|student|client|patient) of (?:mine|ours)|one of my \w+)`

/** Ways of saying it is over for the writer. */
export const OUTCOME = source`(?:i am (?:done|out|gone|finished|checking out)(?= *$| for good| with (?:everything|life|it all|living|existing|this life|this world)\b)(?: for good| with (?:everything|life|it all|living|existing|this life|this world))?|i give up(?= *$| for good| on (?:life|everything|living))|that is it(?: for me)?(?= *$| for me)|(?:i will|i am going to|i am gonna) (?:end it|end (?:it all|things|my life)|be gone|kill myself|do it|give up for good)|i will not (?:be here|be around|stick around|make it|keep going)(?= *$| anymore| for long| much longer| for (?:new year|christmas|the holidays|my birthday|\w+ day)| next (?:year|month|week)| to see| by)|i quit (?:life|everything|living)|it is over(?: for me)?(?= *$| for me))`
