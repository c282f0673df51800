import type { AnalysedCollection, CrisisResource } from './types'

export const DEFAULT_COLLECTIONS: Record<string, AnalysedCollection> = {
  articles: { richTextFields: ['body'], textFields: ['title', 'excerpt'], kind: 'article', jsonLd: true },
  faqs: { richTextFields: ['answer'], textFields: ['question'], kind: 'faq' },
  testimonials: { textFields: ['quote'], kind: 'testimonial' },
}

/** 988 Suicide & Crisis Lifeline and emergency services (rulebook §2). */
export const DEFAULT_CRISIS_HEADING = 'If you are in crisis, help is available now'

export const DEFAULT_CRISIS_RESOURCES: CrisisResource[] = [
  {
    label: 'Call or text 988',
    detail: '988 Suicide & Crisis Lifeline, 24/7. Veterans press 1; Spanish press 2.',
    href: 'tel:988',
  },
  {
    label: 'Chat at 988lifeline.org',
    detail: 'Chat with a trained counselor online.',
    href: 'https://988lifeline.org/chat/',
  },
  { label: 'Call 911', detail: 'If you or someone else is in immediate danger.', href: 'tel:911' },
]

export const CRISIS_BLOCK_SLUG = 'crisisResources'
export const CLAIM_STATUSES = ['pending', 'approved', 'rejected', 'removed'] as const
export const EVIDENCE_LEVELS = [
  { value: 'systematic-review', label: 'Systematic review / meta-analysis' },
  { value: 'rct', label: 'Randomized controlled trial' },
  { value: 'cohort-observational', label: 'Cohort or observational study' },
  { value: 'government-statistic', label: 'Government statistic' },
  { value: 'clinical-guideline', label: 'Clinical guideline' },
  { value: 'expert-opinion', label: 'Expert opinion' },
  { value: 'other', label: 'Other' },
]
