import type { CollectionSlug, Field, FieldHook, PayloadRequest } from 'payload'

import { lexicalPlainText } from '../lexicalText'

type Doc = {
  title?: string
  excerpt?: string | null
  slug?: string
  publishedAt?: string | null
  updatedAt?: string
  reviewedBy?: number | { id: number } | null
  lastReviewedAt?: string | null
  relatedFaqs?: (number | { id: number })[] | null
}

const idOf = (value: number | { id: number } | null | undefined) =>
  typeof value === 'object' && value ? value.id : value

const reviewer = async (req: PayloadRequest, id: number) => {
  // Only the reviewer's public professional identity: name and credentials.
  const user = await req.payload.findByID({
    collection: req.payload.config.admin.user as CollectionSlug,
    id,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
    select: { name: true, credentials: true },
  })
  return user
    ? {
        '@type': 'Person',
        name: (user as { name?: string }).name,
        ...((user as { credentials?: string }).credentials
          ? { jobTitle: (user as { credentials?: string }).credentials }
          : {}),
      }
    : undefined
}

/** FAQs the reader may see (access applies: the public gets published ones only), in the article's order. */
const faqPage = async (req: PayloadRequest, ids: number[]) => {
  if (!ids.length) return undefined
  const { docs } = await req.payload.find({
    collection: 'faqs',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    req,
    overrideAccess: false,
    user: req.user,
  })
  const byId = new Map(docs.map((faq) => [faq.id, faq]))
  const questions = ids.map((id) => byId.get(id)).filter(Boolean) as { question: string; answer: unknown }[]
  if (!questions.length) return undefined
  return {
    '@type': 'FAQPage',
    mainEntity: questions.map((faq) => ({
      '@type': 'Question',
      name: faq.question,
      acceptedAnswer: { '@type': 'Answer', text: lexicalPlainText(faq.answer).trim() },
    })),
  }
}

/**
 * schema.org MedicalWebPage for the article, built at read time. reviewedBy and lastReviewed appear
 * only after a real clinical sign-off (the workflow sets them); no ratings from testimonials.
 */
const buildJsonLd: FieldHook = async ({ data, req }) => {
  const doc = (data ?? {}) as Doc
  const base = process.env.NEXT_PUBLIC_SERVER_URL || ''
  const reviewerId = idOf(doc.reviewedBy)
  const [reviewedBy, faqs] = await Promise.all([
    reviewerId && doc.lastReviewedAt ? reviewer(req, reviewerId) : undefined,
    faqPage(
      req,
      (doc.relatedFaqs ?? []).map(idOf).filter((id): id is number => typeof id === 'number'),
    ),
  ])
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    headline: doc.title,
    name: doc.title,
    ...(doc.excerpt ? { description: doc.excerpt } : {}),
    ...(base && doc.slug ? { url: `${base}/articles/${doc.slug}` } : {}),
    ...(doc.publishedAt ? { datePublished: doc.publishedAt } : {}),
    ...(doc.updatedAt ? { dateModified: doc.updatedAt } : {}),
    medicalAudience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
    ...(reviewedBy ? { reviewedBy, lastReviewed: doc.lastReviewedAt!.slice(0, 10) } : {}),
    ...(faqs ? { hasPart: [faqs] } : {}),
  }
}

export const jsonLdField = (): Field => ({
  name: 'jsonLd',
  type: 'json',
  virtual: true,
  access: { create: () => false, update: () => false },
  admin: { hidden: true },
  hooks: { afterRead: [buildJsonLd] },
})
