import type { LexiconEntry } from './types'

/**
 * Person-first and safe-messaging lexicon (rulebook §2 and §3: NIDA Words Matter, ONDCP, AP,
 * Reporting on Suicide). Person-first language warns; unsafe suicide messaging and absolute
 * promises block until compliance accepts them with a reason.
 */
export const DEFAULT_LEXICON: LexiconEntry[] = [
  // Person-first language (warn)
  { rule: 'person-first/former-addict', patterns: ['former addict', 'reformed addict', 'ex-addict', 'recovering addict', 'former alcoholic', 'recovering alcoholic'], suggestion: 'person in (long-term) recovery' },
  { rule: 'person-first/addict', patterns: ['addict', 'addicts', 'junkie', 'junkies', 'alcoholic', 'alcoholics', 'drunks', 'crackhead', 'crackheads'], suggestion: 'person with a substance use disorder (or alcohol use disorder)' },
  { rule: 'person-first/prescription-abuse', patterns: ['prescription drug abuse', 'prescription abuse', 'pill abuse'], suggestion: 'nonmedical prescription use, or misuse' },
  { rule: 'person-first/substance-abuse', patterns: ['substance abuse', 'drug abuse', 'alcohol abuse', 'opioid abuse'], suggestion: 'substance use; "substance use disorder" when diagnostic' },
  { rule: 'person-first/drug-abuser', patterns: ['drug abuser', 'drug abusers', 'substance abuser', 'substance abusers', 'drug user', 'drug users'], suggestion: 'person who uses drugs' },
  { rule: 'person-first/drug-habit', patterns: ['drug habit', 'drug habits', 'heroin habit', 'pill habit'], suggestion: 'substance use disorder' },
  { rule: 'person-first/clean-dirty', patterns: ['got clean', 'get clean', 'getting clean', 'stay clean', 'stayed clean', 'staying clean', 'is clean', 'was clean', 'been clean', 'is dirty', 'was dirty'], suggestion: 'in recovery, abstinent / actively using' },
  { rule: 'person-first/clean-dirty-screen', patterns: ['clean urine', 'dirty urine', 'clean drug test', 'dirty drug test', 'clean screen', 'dirty screen', 'clean test', 'dirty test'], suggestion: 'tested negative / tested positive' },
  { rule: 'person-first/opioid-replacement', patterns: ['opioid replacement', 'replacement therapy', 'methadone maintenance', 'substitution therapy'], suggestion: 'medication for opioid use disorder' },
  { rule: 'person-first/intoxicated', patterns: ['strung out', 'drunk', 'wasted', 'stoned'], suggestion: 'intoxicated; in withdrawal' },
  { rule: 'stigma/suffers-from', patterns: ['suffers from', 'suffer from', 'suffering from', 'suffered from', 'afflicted with', 'afflicted by', 'victim of mental illness', 'victim of depression', 'victim of addiction', 'victims of mental illness'], suggestion: 'has, lives with, experiences' },
  { rule: 'stigma/the-mentally-ill', patterns: ['the mentally ill', 'the insane', 'mentally ill people'], suggestion: 'people with mental illness (name the condition if sourced)' },
  { rule: 'stigma/diagnosis-as-identity', patterns: ['a schizophrenic', 'schizophrenics', 'schizo', 'schizos', 'a bipolar', 'an anorexic', 'anorexics', 'a depressive', 'depressives'], suggestion: 'person with schizophrenia (or the condition)' },
  { rule: 'stigma/diagnosis-metaphor', patterns: ['so OCD', 'a little OCD', 'a bit OCD', 'bipolar weather', 'weather is bipolar', 'so bipolar', 'so depressing', 'so schizophrenic'], suggestion: "don't use diagnoses as metaphors" },
  { rule: 'stigma/slur', patterns: ['crazy', 'insane', 'nuts', 'psycho', 'psychos', 'lunatic', 'lunatics', 'loony', 'mental case', 'deranged', 'maniac'], suggestion: 'describe the behavior instead' },
  { rule: 'stigma/asylum', patterns: ['loony bin', 'nuthouse', 'madhouse', 'asylum', 'insane asylum', 'mental institution'], suggestion: 'psychiatric hospital' },
  { rule: 'stigma/happy-pills', patterns: ['happy pills', 'happy pill', 'crazy pills'], suggestion: 'antidepressants, medication' },
  { rule: 'stigma/released', patterns: ['released from hospital', 'released from the hospital', 'released from the psychiatric hospital', 'released from rehab', 'released from inpatient'], suggestion: 'discharged' },
  // Safe messaging about suicide (block)
  { rule: 'safe-messaging/committed-suicide', patterns: ['committed suicide', 'commit suicide', 'commits suicide', 'committing suicide'], suggestion: 'died by suicide', severity: 'block' },
  { rule: 'safe-messaging/successful-suicide', patterns: ['successful suicide', 'completed suicide', 'successful suicide attempt', 'successfully killed'], suggestion: 'died by suicide', severity: 'block' },
  { rule: 'safe-messaging/failed-attempt', patterns: ['failed suicide attempt', 'unsuccessful suicide attempt', 'failed attempt', 'unsuccessful attempt'], suggestion: 'survived a suicide attempt', severity: 'block' },
  { rule: 'safe-messaging/epidemic', patterns: ['suicide epidemic', 'epidemic of suicide', 'epidemic of suicides', 'suicides skyrocketing', 'skyrocketing suicide', 'bullycide'], suggestion: 'rise in suicides (with what helps)', severity: 'block' },
  {
    rule: 'safe-messaging/method-or-location',
    patterns: [
      'hanged himself', 'hanged herself', 'hanged themselves', 'hung himself', 'hung herself', 'hung themselves',
      'shot himself', 'shot herself', 'shot themselves', 'slit his wrists', 'slit her wrists', 'slit their wrists',
      'by hanging', 'jumped off the bridge', 'jumped from the bridge', 'jumped off a bridge', 'jumped from a bridge',
      'jumped off the roof', 'jumped from the roof', 'jumped in front of a train', 'lethal dose', 'overdosed on',
      'took an overdose of', 'poisoned himself', 'poisoned herself', 'gassed himself', 'gassed herself',
    ],
    suggestion: 'leave out method and location; say the person died by suicide and point to help',
    severity: 'block',
  },
  // Absolute promises (block)
  { rule: 'absolute/promise', patterns: ['guaranteed', 'guarantee', 'guarantees', 'cure', 'cures', 'cured', 'never relapse', '100% success', '100% effective', 'permanent cure', 'permanently cured', 'completely cured', 'risk-free'], suggestion: 'describe likely outcomes, with a source; no absolutes', severity: 'block' },
]

/** Clinical and proper uses that contain a flagged word but are fine (rulebook §3 caveat). */
export const DEFAULT_EXCEPTIONS = [
  'depressed', 'panic attack', 'panic attacks', 'detox', 'rehab', 'insomnia', 'mental health', 'mental illness',
  'alcoholic beverage', 'alcoholic beverages', 'alcoholic drink', 'alcoholic drinks', 'alcoholic hepatitis', 'alcoholic liver',
  'Alcoholics Anonymous', 'Narcotics Anonymous', 'Adult Children of Alcoholics', 'psychotic episode', 'suicide note',
  'hang out', 'nuts and bolts', 'insanely', 'political asylum', 'asylum seeker', 'asylum seekers', 'no cure', 'not a cure',
  'cure for', 'there is no cure',
]
