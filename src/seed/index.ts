import { createLocalReq, type Payload } from 'payload'
import sharp from 'sharp'

import { markdownToLexical } from '@/lexical/convert'
import type { WorkflowCollection } from '@/plugins'
import { transitionDocument } from '@/plugins/editorial-workflow'

import { DEMO_ARTICLES, DEMO_CATEGORIES, DEMO_COMMENTS, DEMO_FAQS, DEMO_TESTIMONIALS } from './demoContent'
import { DEMO_USERS } from './demoUsers'

type Staff = Awaited<ReturnType<Payload['find']>>['docs'][number]

/** Demo content goes live the real way: the demo reviewer signs off, demo compliance approves and publishes. */
const publishThroughWorkflow = async (payload: Payload, collection: WorkflowCollection, id: number) => {
  const as = async (email: string) => {
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })
    // createLocalReq wants the auth user shape (with its collection); a found user is that plus fields.
    return createLocalReq({ user: { ...(docs[0] as Staff), collection: 'users' } as never }, payload)
  }
  await transitionDocument(await as('editor@demo.test'), { collection, id, to: 'in_review' })
  await transitionDocument(await as('reviewer@demo.test'), {
    collection,
    id,
    to: 'compliance_review',
    comment: 'Clinically accurate.',
  })
  await transitionDocument(await as('compliance@demo.test'), { collection, id, to: 'approved' })
  await transitionDocument(await as('compliance@demo.test'), { collection, id, to: 'published' })
}

/** A stand-in for a scanned, signed authorization, so the demo testimonial can pass the consent gate. */
const demoConsent = async (payload: Payload) => {
  const image = await sharp({ create: { width: 600, height: 800, channels: 3, background: '#ffffff' } })
    .png()
    .toBuffer()
  const form = await payload.create({
    collection: 'consent-forms',
    data: { description: 'Demo: signed HIPAA marketing authorization' },
    file: { data: image, mimetype: 'image/png', name: 'demo-authorization.png', size: image.length },
  })
  const signedAt = new Date()
  return {
    consent: {
      authorizationOnFile: true,
      signedAt: signedAt.toISOString(),
      scope: 'Website and newsletter, first name withheld.',
      form: form.id,
    },
    materialConnection: '',
    generallyExpectedResults: 'Experiences vary; many participants report gradual improvement over several weeks.',
  }
}

type SeedOptions = { password: string; log?: (message: string) => void }

export type SeedResult = { createdUsers: number; createdContent: boolean }

const findIdBy = async (
  payload: Payload,
  collection: 'categories' | 'articles' | 'faqs' | 'testimonials' | 'users',
  field: string,
  value: string,
): Promise<number | undefined> => {
  const { docs } = await payload.find({
    collection,
    where: { [field]: { equals: value } },
    limit: 1,
    depth: 0,
    draft: true,
    pagination: false,
  })
  return docs[0]?.id as number | undefined
}

const seedUsers = async (payload: Payload, password: string): Promise<number> => {
  let created = 0
  for (const user of DEMO_USERS) {
    if (await findIdBy(payload, 'users', 'email', user.email)) continue
    await payload.create({ collection: 'users', data: { ...user, password } })
    created += 1
  }
  return created
}

const seedContent = async (payload: Payload): Promise<boolean> => {
  if (await findIdBy(payload, 'articles', 'slug', DEMO_ARTICLES[0].slug)) return false

  const categoryIds = new Map<string, number>()
  for (const { parent, ...category } of DEMO_CATEGORIES) {
    const doc = await payload.create({
      collection: 'categories',
      data: { ...category, generateSlug: false, parent: parent ? categoryIds.get(parent) : undefined },
    })
    categoryIds.set(category.slug, doc.id)
  }
  const idsOf = (slugs: string[]) => slugs.map((slug) => categoryIds.get(slug)!).filter(Boolean)

  const { docs: editors } = await payload.find({
    collection: 'users',
    where: { email: { equals: 'editor@demo.test' } },
    limit: 1,
  })
  // As above: the found user, as the auth user shape createLocalReq wants.
  const editorReq = await createLocalReq({ user: { ...(editors[0] as Staff), collection: 'users' } as never }, payload)

  const faqIds: number[] = []
  for (const [index, faq] of DEMO_FAQS.entries()) {
    const doc = await payload.create({
      collection: 'faqs',
      data: {
        question: faq.question,
        answer: await markdownToLexical(faq.answer, payload.config),
        categories: idsOf(faq.categories),
        order: index,
      },
      draft: true,
      req: editorReq,
    })
    await publishThroughWorkflow(payload, 'faqs', doc.id)
    faqIds.push(doc.id)
  }

  const authorId = await findIdBy(payload, 'users', 'email', 'editor@demo.test')
  let firstArticleId: number | undefined
  for (const article of DEMO_ARTICLES) {
    const doc = await payload.create({
      collection: 'articles',
      draft: true,
      req: editorReq,
      data: {
        title: article.title,
        slug: article.slug,
        generateSlug: false,
        excerpt: article.excerpt,
        body: await markdownToLexical(article.markdown, payload.config),
        categories: idsOf(article.categories),
        authors: authorId ? [authorId] : [],
        relatedFaqs: article.withFaqs ? faqIds : [],
      },
    })
    if (article.status === 'published') await publishThroughWorkflow(payload, 'articles', doc.id)
    firstArticleId ??= doc.id
  }

  for (const testimonial of DEMO_TESTIMONIALS) {
    const { status, ...data } = testimonial
    const consent = status === 'published' ? await demoConsent(payload) : undefined
    const doc = await payload.create({
      collection: 'testimonials',
      draft: true,
      data: { ...data, ...consent },
      req: editorReq,
    })
    if (status === 'published') await publishThroughWorkflow(payload, 'testimonials', doc.id)
  }

  for (const comment of DEMO_COMMENTS) {
    await payload.create({ collection: 'comments', data: { ...comment, article: firstArticleId! } })
  }
  return true
}

/**
 * Creates the demo users and demo content of a development install. Idempotent: users are matched
 * by email and content by the first demo article's slug, so a second run creates nothing.
 */
export const seedDemo = async (payload: Payload, { password, log = () => {} }: SeedOptions): Promise<SeedResult> => {
  const createdUsers = await seedUsers(payload, password)
  if (createdUsers) log(`Created ${createdUsers} demo user(s).`)
  const createdContent = await seedContent(payload)
  if (createdContent) log('Created demo content.')
  return { createdUsers, createdContent }
}
