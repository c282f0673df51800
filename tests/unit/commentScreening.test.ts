import { describe, expect, it } from 'vitest'

import { crisisSignals, screenComment, staffReplyProblems } from '@/plugins/mental-health/analysis/comment'
import { normalize } from '@/plugins/mental-health/analysis/crisis/normalize'

import corpus from '../fixtures/corpus/comments/comments.json'

type Labelled = { text: string; label: 'crisis' | 'calm'; kind: string }
const comments = corpus as Labelled[]
const crisis = comments.filter((comment) => comment.label === 'crisis')
const calm = comments.filter((comment) => comment.label === 'calm')

const describeMisses = (items: Labelled[]) =>
  items.map(({ kind, text }) => `  [${kind}] ${text} → ${JSON.stringify(screenComment(text).reasons)}`).join('\n')

describe('screenComment', () => {
  it.each([
    ['I have the pills and I am going to end it tonight.', 'high'],
    ['I have the pills ready and I am going to end it tonight.', 'high'],
    ['Some days I just want to die.', 'medium'],
    ['I keep thinking about killing myself.', 'medium'],
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

  it('says why, in words a moderator can read', () => {
    const result = screenComment('I have the pills ready and I am going to end it tonight.')
    expect(result.reasons).toEqual(expect.arrayContaining(['intent', 'plan or means']))
    expect(crisisSignals('I have the pills ready and I am going to end it tonight.')).toEqual(result.reasons)
    expect(screenComment('Lovely article.').reasons).toEqual([])
  })
})

describe('crisis screening on the labelled comments (tests/fixtures/corpus/comments)', () => {
  it('is a set of at least 120 crisis and 120 calm comments, each labelled with its kind', () => {
    expect(crisis.length).toBeGreaterThanOrEqual(120)
    expect(calm.length).toBeGreaterThanOrEqual(120)
    for (const comment of comments) {
      expect(['crisis', 'calm']).toContain(comment.label)
      expect(comment.kind).toMatch(/^[a-z-]+$/)
      expect(comment.text.trim()).not.toBe('')
    }
    expect(new Set(comments.map((comment) => comment.text)).size).toBe(comments.length)
  })

  it('flags every crisis comment urgent (recall 1.0)', () => {
    const missed = crisis.filter((comment) => !screenComment(comment.text).urgent)
    expect(missed, `crisis comments not flagged urgent:\n${describeMisses(missed)}`).toEqual([])
  })

  it('flags at most 1 in 10 calm comments urgent', () => {
    const flagged = calm.filter((comment) => screenComment(comment.text).urgent)
    expect(
      flagged.length / calm.length,
      `calm comments flagged urgent (${flagged.length}/${calm.length}):\n${describeMisses(flagged)}`,
    ).toBeLessThanOrEqual(0.1)
  })

  it('screens a comment in well under a millisecond (median over the whole set)', () => {
    for (const comment of comments) screenComment(comment.text)
    const times = comments
      .map((comment) => {
        const start = performance.now()
        screenComment(comment.text)
        return performance.now() - start
      })
      .sort((a, b) => a - b)
    expect(times[Math.floor(times.length / 2)]).toBeLessThan(2)
  })
})

describe('crisis signals by kind', () => {
  it.each([
    // direct statements
    ['I want to end my life.', 'medium', 'wish to die'],
    ["I don't want to be alive anymore.", 'medium', 'passive wish not to live'],
    ['Every night I pray I will not wake up.', 'medium', 'wish to die'],
    // passive ideation
    ['Everyone would be better off without me.', 'medium', 'passive wish not to live'],
    ["What's the point of going on?", 'medium', 'passive wish not to live'],
    ['I wish I could just disappear and never come back.', 'medium', 'wish to die'],
    // burden
    ["I'm such a burden on my family.", 'medium', 'burden'],
    // plan, means, time
    ["I've been saving up my pills for weeks.", 'high', 'plan or means'],
    ['I know which bridge.', 'high', 'plan or means'],
    ['Bought a rope today.', 'high', 'plan or means'],
    ['I have a plan and a date.', 'high', 'plan or means'],
    // method
    ['I keep thinking about stepping in front of the train.', 'high', 'method named'],
    // farewell
    ['This is my last post. Thank you all, goodbye.', 'high', 'farewell'],
    ['Tell my mom I love her.', 'high', 'farewell'],
    // giving things away
    ["I've been giving my things away this week.", 'high', 'giving things away'],
    ["I'm 19 and I just wrote a will.", 'high', 'giving things away'],
    // past attempt with current thoughts
    ['I attempted last year and the thoughts are back.', 'high', 'past attempt with current thoughts'],
    // self-harm now
    ['I cut myself again last night.', 'medium', 'self-harm'],
    // third-party reports
    ['My son told me he wants to die.', 'medium', 'third-party report'],
    ['My girlfriend said she has a plan.', 'high', 'third-party report'],
    ['One of my students told me she does not want to live anymore.', 'medium', 'third-party report'],
    // hopelessness with a time limit
    ["If nothing changes by Christmas I'm done with everything.", 'high', 'deadline'],
    // text-speak, typos, euphemisms
    ['i wanna die lol', 'medium', 'wish to die'],
    ['kms honestly', 'medium', 'wish to die'],
    ['thinking about how to unalive myself', 'high', 'plan or means'],
    ['lowkey thinking abt the sewer slide again', 'medium', 'suicidal thoughts'],
    ['i want to diiie', 'medium', 'wish to die'],
    ['i wnat to kil myslef', 'medium', 'wish to die'],
    ['gonna od tonite', 'high', 'intent'],
    // non-native phrasing
    ['I am tired to live.', 'medium', 'passive wish not to live'],
    ['I think to finish my life.', 'medium', 'wish to die'],
  ])('%s → %s (%s)', (body, tier, reason) => {
    const result = screenComment(body)
    expect(result.riskTier).toBe(tier)
    expect(result.urgent).toBe(true)
    expect(result.reasons).toContain(reason)
  })

  it('finds the crisis sentence buried in a long comment', () => {
    const body =
      'The evening IOP track is easier for people who work, and the facilitator is kind. ' +
      'Honestly some days I think about ending it. ' +
      'Anyway, is family night every week or every other week? My wife wants to come.'
    expect(screenComment(body)).toMatchObject({ urgent: true, riskTier: 'medium' })
  })

  it.each([
    // idioms and jokes
    'This traffic is killing me.',
    "I'm dying to try the breathing exercise.",
    'I could just die of embarrassment.',
    'Drop-dead gorgeous photos!',
    'My daughter is going to kill it at her interview.',
    'The suspense is killing me.',
    'I nearly killed myself laughing.',
    // a story told in the past, and closed
    "Five years ago I attempted; today I'm doing well and grateful.",
    "I used to want to die, but therapy helped and I'm okay now.",
    "I haven't self harmed in over ten years.",
    // negated
    "I don't want to die anymore, and I'm proud of that.",
    "I'm not suicidal, just exhausted from work.",
    // about someone else, in general, or grief
    'How do you help a friend who says they want to die?',
    'My brother died by suicide last spring.',
    'A man jumped from the overpass this morning, the news said.',
    // a song, a safety plan, an ordinary goodbye
    "'I hurt myself today' from Hurt by Johnny Cash is a powerful song.",
    'If I ever feel like ending it again, I know to call 988.',
    'Today was my last day in the program. Goodbye everyone, I will miss you!',
    "I'm giving my old guitar to my nephew since I've switched to piano.",
  ])('does not flag: %s', (body) => {
    expect(screenComment(body).urgent).toBe(false)
  })

  it('keeps the tiers apart: high for a plan or a goodbye, medium for ideation, low for a mention', () => {
    expect(screenComment('I am going to kill myself this weekend.').riskTier).toBe('high')
    expect(screenComment('Sometimes I wish I was dead.').riskTier).toBe('medium')
    expect(screenComment('Could you write about suicide prevention in schools?').riskTier).toBe('low')
    expect(screenComment('Where is the parking?').riskTier).toBe('none')
  })

  it('lowers a resolved past to low, and says so', () => {
    const result = screenComment("I used to want to die, but therapy helped and I'm okay now.")
    expect(result).toMatchObject({ riskTier: 'low', urgent: false })
    expect(result.reasons).toEqual(['wish to die (past, resolved)'])
  })

  it('keeps a past attempt urgent when the thoughts are present again', () => {
    expect(screenComment('I tried to overdose in March, and now I am thinking about trying again.')).toMatchObject({
      riskTier: 'high',
      urgent: true,
    })
  })
})

describe('normalize', () => {
  it.each([
    ['I’m so done, i dont wanna be here', 'i am so done, i do not want to be here'],
    ['kms rn', 'kill myself right now'],
    ['wanna unalive myself', 'want to kill myself'],
    ['thinking abt the sewer slide', 'thinking about the suicide'],
    ['i want to diiiie', 'i want to die'],
    ['every1 wud b better off w/o me', 'everyone would be better off without me'],
    ['SU1C1DE', 'suicide'],
    ['5 kms away', '5 km away'],
  ])('%s → %s', (text, normalized) => {
    expect(normalize(text)).toBe(normalized)
  })
})

describe('staffReplyProblems', () => {
  it('refuses replies that confirm someone is a patient', () => {
    expect(staffReplyProblems('We remember you, and we are glad your treatment with us went well!')).toHaveLength(2)
    expect(staffReplyProblems('Thank you for sharing. If you need support, call or text 988.')).toEqual([])
  })
})
