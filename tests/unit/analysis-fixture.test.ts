/**
 * The expected findings of the project's own fixture (tests/fixtures/iop-clinic-post.md, an original
 * post by a fictional clinic), written down as a compliance reviewer would mark them: every
 * statistic, promise, authority appeal, comparative and speed/safety claim in it, and neutral
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
  ['Research shows that IOP participants reach outcomes comparable to those of residential patients', ['authority']],
  ['According to SAMHSA, intensive outpatient care is appropriate', ['authority']],
  ['endorsed by the National Institute of Mental Health as the gold standard', ['authority']],
  ['built on evidence-based therapies', ['authority']],
  [
    'A 2021 meta-analysis found that group cognitive behavioral therapy reduces depressive symptoms by 45%',
    ['authority', 'statistic'],
  ],
  ['improve their PHQ-9 scores by 6 points on average', ['statistic']],
  ['By week three, most clients tell us they are sleeping better', ['safety-speed']],
  ['Group therapy works better than individual therapy for social anxiety', ['comparative']],
  ['Combined medication and therapy brings faster recovery than either one alone', ['comparative']],
  ['Harvard researchers have shown that involving family members cuts relapse in half', ['authority']],
  [
    'driving to work again within 4 weeks, and she calls the program life-changing',
    ['promise', 'safety-speed', 'testimonial-outcome'],
  ],
  ['He was sober in 60 days', ['safety-speed']],
  ['A month of residential treatment can cost $25,000 or more', ['statistic']],
  ['our clients pay 80% less than they would for residential care', ['statistic', 'comparative']],
  ['Outpatient vs. residential care: similar results', ['comparative']],
  ['Our clients see faster results than people in traditional weekly therapy', ['comparative']],
  ['as effective as a hospital stay for most adults with moderate depression', ['comparative']],
  ['Harbor Lane is the leading IOP provider on the North Shore', ['comparative']],
  ['Nine out of ten graduates say they would recommend us', ['statistic']],
  ['Our proven four-step method', ['promise']],
  ['The structure of our program will work for you, even if nothing else has', ['promise']],
  ['Our graduates almost never need to go back to the hospital', ['promise', 'testimonial-outcome']],
  ['she has stayed out of the hospital ever since', ['testimonial-outcome', 'promise']],
  ['Once you learn these skills, it changes everything', ['promise']],
]

/**
 * Claims a reviewer would mark that the current engine does not find (to be picked up by a later
 * improvement of the engine). Not asserted, so the suite stays green; move an entry into
 * EXPECTED_CLAIMS once the engine finds it.
 */

const NEUTRAL = [
  // The provider's own price: a fact about the service, not a health claim.
  'Our IOP costs about $450 per program day, and most commercial insurance plans cover it.',
  'An intensive outpatient program sits between standard outpatient therapy and residential treatment.',
  'You go home every evening.',
  'Each participant is assigned a primary therapist who coordinates the treatment plan with the rest of the team.',
  'Most groups meet on Monday, Wednesday and Thursday.',
  'Morning sessions run from 9:00 to 12:00, and evening sessions run from 5:30 to 8:30 for people who work during the day.',
  'Participants also receive a workbook to use between sessions.',
  'Each group has between six and ten members and is led by a licensed therapist.',
  'Medication is never required to join the program.',
  'Names and details have been changed to protect privacy.',
  'Marcus, a high school teacher, joined our evening track while working full time.',
  'Residential care still has an important place.',
  'Parking is free, and the clinic is a short walk from the Harbor Street bus stop.',
  'You do not need a referral from a doctor to book an assessment.',
]

describe('analysis of the IOP fixture', () => {
  const text = plainText(readFixture('iop-clinic-post.md'))
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

  it('sees the crisis topic (suicidality), no stigmatising language, and the absolute "proven"', () => {
    expect(result.crisisTopic).toBe(true)
    expect(result.language.map((finding) => [finding.text, finding.rule, finding.severity])).toEqual([
      ['proven', 'absolute/proven', 'block'],
    ])
  })
})
