import type { ClaimType } from './types'

/**
 * Sentence-level claim rules, in priority order: a sentence that both cites authority and gives a
 * number is an authority (establishment) claim. Patterns describe kinds of claims in health
 * marketing generally (FTC Health Products Compliance Guidance; rulebook §7), not any one post.
 */
const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|half)'
const OUTCOME =
  '(?:sober|stable|recover\\w*|better|relief|result\\w*|symptom\\w*|cured|heal\\w*|free of|quit|shifts?|chang\\w+|improv\\w+|reduc\\w+|progress|well|remission|clean|back to)'

const RULES: { type: ClaimType; patterns: RegExp[] }[] = [
  {
    type: 'authority',
    patterns: [
      /\b(?:stud(?:y|ies)|research(?:ers)?|scientists?|meta-?analys[ie]s|(?:clinical )?trials?|journal|report|survey|data|evidence|experts?|doctors?|physicians?)\b[^.;]{0,80}?\b(?:shows?|showed|shown|finds?|found|proves?|proved|proven|demonstrat\w*|indicat\w*|suggest\w*|supports?|establish\w*|confirm\w*|agree|recommend\w*)\b/i,
      /\b(?:[Aa]ccording to|[Pp]er|[Ff]unded by|[Rr]esearched by)\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s?){1,6}/,
      /\b(?:Harvard|Stanford|Yale|Johns Hopkins|Mayo Clinic|Cleveland Clinic|NIH|NIMH|NIDA|SAMHSA|CDC|WHO|FDA|APA|National Institutes? (?:of|on) [A-Z]\w+)\b/,
      /\bclinically (?:proven|tested|shown|validated)\b/i,
      /\b(?:evidence|science|research)-(?:based|backed)\b/i,
      /\b(?:doctor|physician|therapist)-(?:recommended|approved)\b/i,
      /\bFDA[- ](?:approved|cleared)\b/i,
      /\b(?:a|one|new|recent|landmark)\s+(?:[A-Z]\w+\s+)?(?:study|report|trial)\b/i,
    ],
  },
  {
    type: 'statistic',
    patterns: [
      /(?<![\w-])\d+(?:[.,]\d+)?\s?(?:%|percent\b|per cent\b)/i,
      new RegExp(`\\b(?:\\d+|${NUMBER_WORD})\\s+(?:in|out of)\\s+(?:\\d+|${NUMBER_WORD})\\b`, 'i'),
      /\b\d+(?:\.\d+)?\s*(?:x|times)\s+(?:more|less|as|likely|better|higher|lower|faster)\b/i,
      /\$\s?\d[\d,.]*/,
      /\b\d[\d,.]*\s+(?:million|billion|thousand)\b/i,
      /\b(?:success|recovery|relapse|remission|response|completion|readmission|retention|dropout|cure)\s+rates?\b/i,
      /\b(?:reduc\w*|cut\w*|lower\w*|decreas\w*|increas\w*|improv\w*|boost\w*|doubl\w*|halv\w*|enhanc\w*)\b[^.;]{0,60}?\bby\s+(?:up to\s+|about\s+|nearly\s+|over\s+)?\d/i,
    ],
  },
  {
    type: 'promise',
    patterns: [
      /\b(?:cures?|cured|curing|guarantee[ds]?|guaranteed|permanent(?:ly)?|forever|risk-free)\b/i,
      /\b100\s?%/,
      /\bnever (?:relapse|again|return)\b/i,
      /\b(?:completely|totally|fully) (?:free|cured|eliminat\w+|heal\w*|recover\w*)\b/i,
      /\b(?:proven|proves|proved|proof)\b/i,
      /\blife-?(?:changing|saving)\b/i,
      /\bchanges? everything\b/i,
      /\b(?:always|definitely|will) work\w*\b/i,
      /\bworks for everyone\b/i,
    ],
  },
  {
    type: 'comparative',
    patterns: [
      /\bas (?:effective|effectively|good|successful|well) as\b/i,
      /\b(?:more|most) (?:effective|successful)\b/i,
      /\b(?:better|superior|safer) (?:than|to|results|outcomes)\b/i,
      /\boutperform\w*\b/i,
      /(?:#\s?1\b|\bnumber one\b)/i,
      /\bthe (?:best|leading|only|top)\b(?! (?:way to find out|thing to do))/i,
      /\b(?:similar|same|equal|comparable) (?:outcomes|results|effectiveness|benefits)\b/i,
      /\b(?:faster|quicker|stronger|deeper) (?:results|recovery|outcomes|dives|healing)\b/i,
      /\bhalf the (?:intensity|cost|time|price)\b/i,
    ],
  },
  {
    type: 'safety-speed',
    patterns: [
      /\b(?:no|zero|without)\s+side[- ]effects\b/i,
      /\bnon-?addictive\b/i,
      /\bsafe(?:ly)? and effective\b/i,
      /\bcompletely safe\b/i,
      new RegExp(
        `\\b${OUTCOME}\\b[^.;]{0,60}?\\b(?:in|within|after)\\s+(?:just\\s+|only\\s+|as little as\\s+)?(?:\\d+|${NUMBER_WORD}|a few)\\s*(?:days?|weeks?|months?|sessions?)\\b`,
        'i',
      ),
      new RegExp(`\\bby (?:week|day|month|session) (?:\\d+|${NUMBER_WORD}|eight|nine)\\b`, 'i'),
      /\b(?:instant|immediate|overnight|rapid|quick) (?:relief|results|recovery|cure)\b/i,
    ],
  },
]

const TESTIMONIAL_OUTCOME =
  /\b(?:saved my life|changed my life|got my life back|gave me my life back|haven'?t (?:had|used|drunk|relapsed)|no longer (?:have|feel|need|struggle)|(?:i am|i'm|i have been|i've been) (?:sober|clean|free|better|cured|recovered|symptom-free)|sober (?:for|since)|(?:my )?(?:anxiety|depression|panic attacks?|cravings|symptoms) (?:is|are|were) (?:gone|under control)|feel (?:like myself|normal|whole) again|back to work)\b/i

/** The claim type of a sentence, or nothing when it makes no claim. */
export const classifySentence = (sentence: string, { testimonial = false } = {}): ClaimType | undefined => {
  for (const rule of RULES) {
    if (rule.patterns.some((pattern) => pattern.test(sentence))) return rule.type
  }
  if (testimonial && TESTIMONIAL_OUTCOME.test(sentence)) return 'testimonial-outcome'
  return undefined
}
