/** Demo content for a development install: short, neutral posts that show every collection. */

export const DEMO_CATEGORIES = [
  { name: 'Treatment Options', slug: 'treatment-options', description: 'Levels of care and what to expect.' },
  { name: 'Anxiety', slug: 'anxiety', description: 'Understanding and managing anxiety.' },
  {
    name: 'Intensive Outpatient',
    slug: 'intensive-outpatient',
    description: 'Structured care while living at home.',
    parent: 'treatment-options',
  },
]

export const DEMO_FAQS = [
  {
    question: 'What is an intensive outpatient program?',
    answer:
      'A structured program of therapy, group work and skills practice, usually several days a week, while you keep living at home.',
    categories: ['intensive-outpatient'],
  },
  {
    question: 'How do I know which level of care is right for me?',
    answer:
      'A licensed clinician can assess your needs and recommend a level of care. If you are in immediate danger, call 911.',
    categories: ['treatment-options'],
  },
]

export const DEMO_ARTICLES = [
  {
    title: 'What to Expect in an Intensive Outpatient Program',
    slug: 'what-to-expect-in-an-intensive-outpatient-program',
    excerpt: 'How intensive outpatient care is organised, who it is meant for and how to prepare for your first week.',
    categories: ['intensive-outpatient', 'treatment-options'],
    status: 'published' as const,
    withFaqs: true,
    markdown: `An intensive outpatient program (IOP) offers more support than a weekly therapy session while you keep living at home.

## How a typical week is organised

Most programs meet on several days a week for a few hours at a time. A week usually combines:

- group sessions focused on skills such as emotional regulation
- individual sessions with a licensed therapist
- practice assignments between sessions

## Who it is meant for

An IOP can suit people who need structure but do not need round-the-clock care. A clinician will help you decide whether it fits your situation.

## Preparing for your first week

Write down your questions, tell the people close to you about your schedule, and bring a list of any medications you take.`,
  },
  {
    title: 'Managing Anxiety at Work',
    slug: 'managing-anxiety-at-work',
    excerpt: 'Practical steps for noticing anxiety early and asking for support at work.',
    categories: ['anxiety'],
    status: 'draft' as const,
    withFaqs: false,
    markdown: `Anxiety at work is common, and there are practical steps that can help.

## Notice the early signs

Tension, racing thoughts and trouble concentrating can be early signs. Naming them is a first step.

## Ask for support

Talk with someone you trust, and consider speaking with a licensed professional.`,
  },
]

export const DEMO_TESTIMONIALS = [
  {
    quote: 'The evening groups fit around my work schedule, and the staff were kind from the first call.',
    displayName: 'A program participant',
    program: 'Intensive Outpatient Program',
    status: 'published' as const,
  },
  {
    quote: 'The staff helped me build a routine that works for my family.',
    displayName: 'A parent',
    program: 'Intensive Outpatient Program',
    status: 'draft' as const,
  },
]

export const DEMO_COMMENTS = [
  {
    authorName: 'Sam',
    authorEmail: 'sam@example.com',
    body: 'Thank you, the section on preparing for the first week was helpful.',
    status: 'approved' as const,
  },
  {
    authorName: 'Jordan',
    authorEmail: 'jordan@example.com',
    body: 'Do evening groups usually run on weekends too?',
    status: 'pending' as const,
  },
]
