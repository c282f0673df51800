/**
 * The expected findings of the seed post (../shared/fixtures/iop-benefits.md), written down before
 * the engine: every statistic, promise, authority appeal and comparative in it, and neutral
 * sentences that must not be flagged.
 */
import { describe, expect, it } from 'vitest'

import { splitFrontMatter } from '@/import/frontMatter'
import { analyzeText, type ClaimType } from '@/plugins/mental-health/analysis'

import { readFixture } from '../helpers/fixtures'

const plainText = (markdown: string) =>
  splitFrontMatter(markdown)
    .content.split('\n')
    .map((line) => line.replace(/^#{1,6}\s+/, '').replace(/^\s*[-*]\s+/, ''))
    .join('\n')

/** [a phrase of the claim sentence, the type(s) it may have] */
const EXPECTED_CLAIMS: [string, ClaimType[]][] = [
  ['cut down by up to 50%', ['statistic']],
  ['remain in treatment 70% as long', ['authority', 'statistic']],
  ['$10,000 – $30,000 a month', ['statistic']],
  ['IOP saves employers $4,000 per patient', ['authority']],
  ['reduces symptoms (40-60% within 8-12 weeks) as effectively as inpatient care', ['authority']],
  ['Meta-analysis proves that group IOP therapy enhances self-efficacy', ['authority']],
  ['IOP grads experience 50% less readmission rates', ['authority']],
  ['with 80% efficiency of telehealth research', ['statistic', 'authority']],
  ['75% of IOP completers report sustained gains', ['authority']],
  ['85% symptom reduction, 90% employment retention', ['statistic']],
  ['IOP serves 2 million yearly, per CDC', ['authority']],
  ['Real-world proof abounds', ['promise', 'authority']],
  ['life-changing benefits', ['promise']],
  ['it changes everything', ['promise']],
  ['Evidence-based methods, meds and therapy are in alignment', ['authority']],
  ['IOP vs. inpatient: less disruption, similar outcomes', ['comparative']],
  ['deeper dives, faster results', ['comparative']],
  ['brought her sober and stable in 90 days', ['safety-speed']],
  ['without getting out of breath by week four', ['safety-speed']],
  ['many see big shifts in 8 weeks', ['safety-speed']],
]

const NEUTRAL = [
  'Let’s start with the basics.',
  'An intensive outpatient program, often called an IOP program, steps in when you need more help than weekly therapy sessions but less than living at a treatment center.',
  'The average IOP program is operated 3-5 days per week.',
  'Programs monitor the progress using scales such as PHQ-9 on depression, with modifications on progress.',
  'The intensive outpatient behavioral health increases it to 9-15 hours per week.',
  'Not sure if it’s right for you?',
  'Ready to take the next step toward feeling stronger?',
  'Accessibility matters.',
  'Check your policy; copays are often low.',
  'Therapists celebrate wins, big or small, fostering hope.',
  'Fundamentally, what is IOP treatment?',
  'Mornings or evenings are packed with group discussions, skill-related classes or training, and one-on-one visits, which are supported by homework, such as journaling triggers or breathing exercises.',
  'Evening/ weekend slots suit the shift workers or parents.',
  'Consider the case of Mike who struggled with anxiety.',
]

describe('analysis of the IOP fixture', () => {
  const text = plainText(readFixture('iop-benefits.md'))
  const result = analyzeText(text)

  it.each(EXPECTED_CLAIMS)('flags "%s"', (phrase, types) => {
    const claim = result.claims.find((c) => c.text.includes(phrase))
    expect(claim, `no claim contains "${phrase}"`).toBeDefined()
    expect(types).toContain(claim!.type)
    expect(text.slice(claim!.start, claim!.end)).toBe(claim!.text)
  })

  it.each(NEUTRAL)('leaves "%s" alone', (sentence) => {
    expect(text).toContain(sentence)
    const start = text.indexOf(sentence)
    const overlapping = result.claims.filter((claim) => claim.start < start + sentence.length && claim.end > start)
    expect(overlapping.map((c) => c.text)).toEqual([])
  })

  it('sees the crisis topic (suicidality) and no stigmatising language', () => {
    expect(result.crisisTopic).toBe(true)
    expect(result.language).toEqual([])
  })
})
