import { describe, expect, it } from 'vitest'

import { analyzeLexical, analyzeText, DEFAULT_LEXICON, fingerprint } from '@/plugins/mental-health/analysis'

const rulesOf = (text: string, options = {}) => analyzeText(text, options).language.map((finding) => finding.rule)
const claimTypes = (text: string, options = {}) => analyzeText(text, options).claims.map((claim) => claim.type)

describe('claims', () => {
  it.each([
    ['Nearly 1 in 5 adults lives with a mental illness.', 'statistic'],
    ['Our program has a 92 percent success rate.', 'statistic'],
    ['Therapy lowered hospital visits by 30 percent in our clinic.', 'statistic'],
    ['Residential treatment can cost $25,000 or more a month.', 'statistic'],
    ['Research shows that mindfulness helps with stress.', 'authority'],
    ['According to the American Psychiatric Association, early care matters.', 'authority'],
    ['Our approach is clinically proven to work.', 'authority'],
    ['A Stanford study found lasting changes.', 'authority'],
    ['This method cures anxiety.', 'promise'],
    ['Recovery is guaranteed for every client.', 'promise'],
    ['You will never relapse again.', 'promise'],
    ['Outpatient care is as effective as a residential stay.', 'comparative'],
    ['We are the #1 rated clinic in the state.', 'comparative'],
    ['The medication has no side effects.', 'safety-speed'],
    ['Most clients feel relief in just 10 days.', 'safety-speed'],
  ])('%s → %s', (sentence, type) => {
    expect(claimTypes(sentence)).toEqual([type])
  })

  it.each([
    'Sessions run three evenings a week, for about three hours.',
    'Call us to ask about availability.',
    'Talk with your doctor about your options.',
    'Group sessions start at 6 pm.',
    'Bring your insurance card to the first visit.',
  ])('leaves "%s" alone', (sentence) => {
    expect(claimTypes(sentence)).toEqual([])
  })

  it('reads personal outcomes as testimonial claims wherever they appear', () => {
    const quote = 'This program saved my life. I have been sober since March.'
    expect(claimTypes(quote, { kind: 'testimonial' })).toEqual(['testimonial-outcome', 'testimonial-outcome'])
    expect(claimTypes('Since his stay he has stayed sober.')).toEqual(['testimonial-outcome'])
    expect(claimTypes('I feel calm and in control now.', { kind: 'testimonial' })).toEqual(['testimonial-outcome'])
    expect(claimTypes('I feel calm and in control now.')).toEqual([])
  })

  it('gives each claim the offsets of its sentence and a fingerprint stable under case and whitespace', () => {
    const text = 'Welcome.  Research shows   that it helps!'
    const [claim] = analyzeText(text).claims
    expect(text.slice(claim.start, claim.end)).toBe('Research shows   that it helps!')
    expect(claim.fingerprint).toBe(fingerprint('research SHOWS that it helps'))
    expect(fingerprint('Research shows that it helps.')).not.toBe(fingerprint('Research shows that it hurts.'))
  })

  it('does not split sentences at abbreviations or decimals', () => {
    expect(analyzeText('Dr. Smith says 2.5 percent of teens are affected. Call us.').claims).toHaveLength(1)
  })
})

describe('the learned claim model', () => {
  const unnamed = 'Clients walk out steadier, calmer and more connected to the people they love.'

  it('reports a claim no rule names, with its probability and the words that weighed', () => {
    const [claim] = analyzeText(unnamed).claims
    expect(claim).toMatchObject({ text: unnamed, type: 'promise' })
    expect(claim.reason).toMatch(
      /^reads like a claim the rules do not name \(learned from labelled examples; weighed: "/,
    )
    expect(claim.confidence).toBeGreaterThan(0.4)
    expect(claim.confidence).toBeLessThanOrEqual(0.9)
  })

  it('is off with claimModel: null, and never speaks for source lines or fragments', () => {
    expect(analyzeText(unnamed, { claimModel: null }).claims).toEqual([])
    expect(analyzeText(`Source: ${unnamed}`).claims).toEqual([])
    expect(analyzeText('Calmer, steadier clients').claims).toEqual([])
  })

  it('leaves rules their say: a sentence a rule names keeps the rule and its reason', () => {
    const [claim] = analyzeText('Within a fortnight most guests sleep through the night again.').claims
    expect(claim.reason).toBe('claims speed (within weeks, speeds healing)')
  })
})

describe('language', () => {
  it('covers at least the 22 pairs of the rulebook', () => {
    const personFirstAndStigma = DEFAULT_LEXICON.filter((entry) =>
      /^(person-first|stigma|safe-messaging)\//.test(entry.rule),
    )
    expect(personFirstAndStigma.length).toBeGreaterThanOrEqual(22)
  })

  it.each([
    ['He was an addict for years.', 'person-first/addict', 'person with a substance use disorder'],
    ['Drug abuse is common.', 'person-first/substance-abuse', 'substance use'],
    ['She has been clean for two years.', 'person-first/clean-dirty', 'in recovery'],
    ['He had a dirty urine test.', 'person-first/clean-dirty-screen', 'tested negative'],
    ['As a former addict, he mentors others.', 'person-first/former-addict', 'recovery'],
    ['Methadone maintenance is offered.', 'person-first/opioid-replacement', 'medication for opioid use disorder'],
    ['Her brother committed suicide last year.', 'safe-messaging/committed-suicide', 'died by suicide'],
    ['It was a successful suicide.', 'safe-messaging/successful-suicide', 'died by suicide'],
    ['There is a suicide epidemic among teens.', 'safe-messaging/epidemic', 'rise in suicides'],
    ['He jumped from the bridge downtown.', 'safe-messaging/method-or-location', 'method'],
    ['She suffers from depression.', 'stigma/suffers-from', 'lives with'],
    ['Services for the mentally ill are scarce.', 'stigma/the-mentally-ill', 'people with mental illness'],
    ['He is a schizophrenic.', 'stigma/diagnosis-as-identity', 'person with schizophrenia'],
    ["I'm so OCD about my desk.", 'stigma/diagnosis-metaphor', 'metaphor'],
    ['That idea is crazy.', 'stigma/slur', 'describe the behavior'],
    ['He spent a month in the asylum.', 'stigma/asylum', 'psychiatric hospital'],
    ['Are happy pills the answer?', 'stigma/happy-pills', 'antidepressants'],
    ['She was released from the hospital on Monday.', 'stigma/released', 'discharged'],
    ['Results are guaranteed.', 'absolute/promise', 'no absolutes'],
  ])('%s → %s', (sentence, rule, suggestion) => {
    const [finding] = analyzeText(sentence).language
    expect(finding.rule).toBe(rule)
    expect(finding.suggestion).toContain(suggestion)
    expect(sentence.slice(finding.start, finding.end).toLowerCase()).toBe(finding.text.toLowerCase())
  })

  it('blocks unsafe suicide messaging and absolutes, warns on person-first language', () => {
    const [committed] = analyzeText('He committed suicide.').language
    const [addict] = analyzeText('He was an addict.').language
    expect(committed.severity).toBe('block')
    expect(addict.severity).toBe('warn')
  })

  it('allows clinical words, proper names and terms cited as terms', () => {
    expect(rulesOf('She felt depressed and had a panic attack before detox and rehab for insomnia.')).toEqual([])
    expect(rulesOf('He goes to Alcoholics Anonymous and read the National Institute on Drug Abuse report.')).toEqual([])
    expect(rulesOf('Say "person in recovery" instead of "former addict" or "junkie".')).toEqual([])
  })

  it("flags someone else's words in quotations for review only, never blocking", () => {
    const quoted = analyzeText(
      'She told us, "I felt crazy back then, like the drugs were a permanent cure," and smiled.',
    ).language
    expect(quoted.map((finding) => [finding.text, finding.severity])).toEqual([
      ['crazy', 'info'],
      ['permanent cure', 'info'],
    ])
    expect(analyzeText('"I\'m an addict, and I say it out loud," he said.').language.map((f) => f.severity)).toEqual([
      'info',
    ])
  })

  it('takes lexicon additions, exceptions and severity overrides', () => {
    const options = {
      lexicon: [{ rule: 'house/patients', patterns: ['patients'], suggestion: 'clients' }],
      exceptions: ['crazy quilt'],
      severity: { 'person-first': 'block' as const, 'stigma/slur': 'off' as const },
    }
    expect(rulesOf('Our patients love the crazy quilt.', options)).toEqual(['house/patients'])
    expect(analyzeText('He was an addict.', options).language[0].severity).toBe('block')
    expect(rulesOf('That is crazy.', options)).toEqual([])
  })
})

describe('crisis topic', () => {
  it.each([
    'Warning signs of suicide',
    'Coping with self-harm urges',
    'What to do after an overdose',
    'In a mental health crisis, call 988.',
  ])('sees "%s"', (text) => expect(analyzeText(text).crisisTopic).toBe(true))
  it('stays quiet otherwise', () => expect(analyzeText('Sleep hygiene tips for busy parents.').crisisTopic).toBe(false))
})

describe('analyzeLexical', () => {
  const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] })
  const state = {
    root: {
      type: 'root',
      children: [
        paragraph('Welcome to our clinic.'),
        {
          type: 'list',
          children: [{ type: 'listitem', children: [{ type: 'text', text: 'Research shows it helps.' }] }],
        },
        { type: 'quote', children: [{ type: 'text', text: 'I was an addict, and now I am in recovery.' }] },
        { type: 'heading', tag: 'h2', children: [{ type: 'text', text: 'If you are thinking about suicide' }] },
        paragraph('He committed suicide.'),
      ],
    },
  }

  it('reports findings with the path of their block node and offsets within it', () => {
    const result = analyzeLexical(state)
    expect(result.claims).toEqual([
      expect.objectContaining({ type: 'authority', path: [1, 0], start: 0, text: 'Research shows it helps.' }),
    ])
    expect(result.language).toEqual([
      expect.objectContaining({ rule: 'safe-messaging/committed-suicide', path: [4], start: 3 }),
    ])
    expect(result.crisisTopic).toBe(true)
  })

  it('handles empty documents', () => {
    expect(analyzeLexical(null)).toEqual({ claims: [], language: [], crisisTopic: false })
  })
})
