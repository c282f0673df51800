import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import type { Byline, CrisisHelp, Reference } from '@/payload-types'

/** The GraphQL documents the reference site sends, and the shapes it reads back. */

// The read-time fields' shapes are the generated types of their groups (src/fields/readTimeGroups.ts),
// the same ones schema.graphql has: a type-only import, nothing of Payload runs in the site.
export type { Byline }
export type CrisisResources = CrisisHelp
export type Person = NonNullable<Byline['authors']>[number]
export type Source = NonNullable<Reference>[number]

/** GraphQL answers an absent group (no reviewer yet, no crisis block) as an object of nulls: null then. */
export const present = <T extends object>(group: T | null | undefined, required: keyof T): T | null =>
  group && group[required] != null ? group : null

/** An article as the site reads it: absent groups null, as over REST. */
export const withPresentGroups = <A extends Article>(article: A): A => ({
  ...article,
  byline: { ...article.byline, reviewer: present(article.byline?.reviewer, 'name') },
  crisisResources: present(article.crisisResources, 'heading'),
})

export type CategoryRef = { id: number; name: string; slug: string }

export type ArticleSummary = {
  id: number
  title: string
  slug: string
  plainExcerpt: string
  readingTimeMinutes: number
  publishedAt: string | null
  categories: CategoryRef[] | null
}

export type Faq = { id: number; question: string; answer: SerializedEditorState }

export type Article = ArticleSummary & {
  body: SerializedEditorState
  byline: Byline
  lastReviewedAt: string | null
  nextReviewDue: string | null
  sources: Source[]
  relatedFaqs: Faq[] | null
  jsonLd: Record<string, unknown> | null
  crisisResources: CrisisResources | null
}

/** What staff see in a preview: the newest version, and where it stands. */
export type ArticleDraft = Article & { _status: 'draft' | 'published' | null; workflowState: string | null }

export type Comment = { id: number; authorName: string; body: string; staffReply: string | null; createdAt: string }

export type Category = CategoryRef & { description: string | null; articleCount: number }

const SUMMARY = `id title slug plainExcerpt readingTimeMinutes publishedAt categories { id name slug }`

const CRISIS_HELP = `crisisResources { heading resources { label detail href } }`

const BYLINE = `byline { authors { name credentials } reviewer { name credentials reviewedAt nextReviewDue } }`

const SOURCES = `sources { title url doi publisher year evidenceLevel }`

const ARTICLE = `${SUMMARY} body ${BYLINE} lastReviewedAt nextReviewDue ${SOURCES} jsonLd ${CRISIS_HELP} relatedFaqs { id question answer }`

export const HOME_QUERY = `
  query Home {
    Articles(sort: "-publishedAt", limit: 12) { docs { ${SUMMARY} } }
    Categories(sort: "name", limit: 100) { docs { id name slug description articleCount } }
  }`

export const ARTICLE_BY_SLUG_QUERY = `
  query ArticleBySlug($slug: String!) {
    Articles(where: { slug: { equals: $slug } }, limit: 1) { docs { ${ARTICLE} } }
  }`

/** Staff only (sent with the signed-in user's token): the newest draft of an article. */
export const ARTICLE_DRAFT_QUERY = `
  query ArticleDraft($id: Int!) {
    Article(id: $id, draft: true) { ${ARTICLE} _status workflowState }
  }`

/** Staff only (sent with the signed-in user's token): the newest draft of an FAQ. */
export const FAQ_DRAFT_QUERY = `
  query FaqDraft($id: Int!) {
    Faq(id: $id, draft: true) { id question answer _status workflowState }
  }`

export type FaqDraft = Faq & { _status: 'draft' | 'published' | null; workflowState: string | null }

export const COMMENTS_QUERY = `
  query ApprovedComments($article: JSON!) {
    Comments(where: { article: { equals: $article } }, sort: "createdAt", limit: 100) { docs { id authorName body staffReply createdAt } }
  }`

export const CATEGORY_QUERY = `
  query Category($slug: String!) {
    Categories(where: { slug: { equals: $slug } }, limit: 1) { docs { id name slug description articleCount } }
  }`

export const CATEGORY_ARTICLES_QUERY = `
  query CategoryArticles($category: [JSON], $page: Int!, $limit: Int!) {
    Articles(where: { categories: { in: $category } }, sort: "-publishedAt", limit: $limit, page: $page) { docs { ${SUMMARY} } page totalPages }
  }`

export const ARTICLES_PAGE_QUERY = `
  query AllArticles($page: Int!, $limit: Int!) {
    Articles(sort: "-publishedAt", limit: $limit, page: $page) { docs { ${SUMMARY} } page totalPages }
  }`

export const FAQS_QUERY = `
  query Faqs {
    Faqs(sort: "order", limit: 200) { docs { id question answer categories { id name slug } } }
  }`

export const SITEMAP_QUERY = `
  query Sitemap {
    Articles(sort: "-publishedAt", limit: 1000) { docs { slug updatedAt } }
    Categories(sort: "name", limit: 500) { docs { slug articleCount } }
  }`

export const CRISIS_RESOURCES_QUERY = `
  query CrisisResources {
    CrisisResource { heading resources { label detail href } }
  }`

export const CREATE_COMMENT_MUTATION = `
  mutation CreateComment($data: mutationCommentInput!) {
    createComment(data: $data) { id ${CRISIS_HELP} }
  }`
