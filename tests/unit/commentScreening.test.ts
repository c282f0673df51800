import { describe, expect, it } from 'vitest'

import { screenComment, staffReplyProblems } from '@/plugins/mental-health/analysis/comment'

describe('screenComment', () => {
  it.each([
    ['I have the pills and I am going to end it tonight.', 'high'],
    ['Some days I just want to die.', 'medium'],
    ['I have been hurting myself again.', 'medium'],
    ['My uncle died by suicide years ago; this article helped our family.', 'low'],
    ['Thank you, this was helpful for my sister.', 'none'],
  ])('%s → %s', (body, tier) => {
    const result = screenComment(body)
    expect(result.riskTier).toBe(tier)
    expect(result.urgent).toBe(tier === 'high' || tier === 'medium')
  })

  it('finds and redacts personal contact and health details', () => {
    const result = screenComment(
      'Call me at (555) 123-4567 or mail jo@example.com, I live at 42 Maple Street. I take sertraline 50 mg.',
    )
    expect(result.personalInfo.sort()).toEqual(['address', 'email', 'medication', 'phone'])
    expect(result.redacted).toBe(
      'Call me at [phone removed] or mail [email removed], I live at [address removed] I take [medication removed].',
    )
  })

  it('notices links', () => {
    expect(screenComment('Cheap pills at www.example.shop now').hasLinks).toBe(true)
    expect(screenComment('No links here, just thanks.').hasLinks).toBe(false)
  })
})

describe('staffReplyProblems', () => {
  it('refuses replies that confirm someone is a patient', () => {
    expect(staffReplyProblems('We remember you, and we are glad your treatment with us went well!')).toHaveLength(2)
    expect(staffReplyProblems('Thank you for sharing. If you need support, call or text 988.')).toEqual([])
  })
})
