import { graphqlQuery, GraphQLRequestError } from './api'
import {
  ARTICLE_BY_SLUG_QUERY,
  ARTICLE_DRAFT_QUERY,
  ARTICLES_PAGE_QUERY,
  CATEGORY_ARTICLES_QUERY,
  CATEGORY_QUERY,
  COMMENTS_QUERY,
  CRISIS_RESOURCES_QUERY,
  FAQ_DRAFT_QUERY,
  FAQS_QUERY,
  HOME_QUERY,
  SITEMAP_QUERY,
  type Article,
  type ArticleDraft,
  type ArticleSummary,
  type Category,
  type Comment,
  type CrisisResources,
  type Faq,
  type FaqDraft,
  withPresentGroups,
} from './queries'

type Docs<T> = { docs: T[] }

export const loadHome = async () => {
  const data = await graphqlQuery<{ Articles: Docs<ArticleSummary>; Categories: Docs<Category> }>(HOME_QUERY)
  return {
    articles: data.Articles.docs,
    categories: data.Categories.docs.filter((category) => category.articleCount > 0),
  }
}

export const loadArticle = async (slug: string): Promise<Article | null> => {
  const article = (await graphqlQuery<{ Articles: Docs<Article> }>(ARTICLE_BY_SLUG_QUERY, { slug })).Articles.docs[0]
  return article ? withPresentGroups(article) : null
}

/** A query only signed-in staff may answer: null when the token may not read it (or it does not exist). */
const staffQuery = async <T>(query: string, variables: Record<string, unknown>, token: string): Promise<T | null> => {
  try {
    return await graphqlQuery<T>(query, variables, { token })
  } catch (error) {
    if (error instanceof GraphQLRequestError) return null
    throw error
  }
}

/** The newest draft of an article, for signed-in staff. */
export const loadArticleDraft = async (id: number, token: string): Promise<ArticleDraft | null> => {
  const draft = (await staffQuery<{ Article: ArticleDraft | null }>(ARTICLE_DRAFT_QUERY, { id }, token))?.Article
  return draft ? withPresentGroups(draft) : null
}

/** The newest draft of an FAQ, for signed-in staff. */
export const loadFaqDraft = async (id: number, token: string): Promise<FaqDraft | null> =>
  (await staffQuery<{ Faq: FaqDraft | null }>(FAQ_DRAFT_QUERY, { id }, token))?.Faq ?? null

export const loadApprovedComments = async (articleId: number): Promise<Comment[]> =>
  (await graphqlQuery<{ Comments: Docs<Comment> }>(COMMENTS_QUERY, { article: articleId })).Comments.docs

export const PAGE_SIZE = 20

type ArticlePage = { articles: ArticleSummary[]; page: number; totalPages: number }

export type CategoryPage = ArticlePage & { category: Category }

type PagedArticles = { Articles: Docs<ArticleSummary> & { page: number; totalPages: number } }

const toPage = ({ Articles }: PagedArticles): ArticlePage => ({
  articles: Articles.docs,
  page: Articles.page,
  totalPages: Articles.totalPages,
})

/** One page of every published article, newest first. */
export const loadArticlesPage = async (page = 1): Promise<ArticlePage> =>
  toPage(await graphqlQuery<PagedArticles>(ARTICLES_PAGE_QUERY, { page, limit: PAGE_SIZE }))

/** A topic and one page of its published articles, newest first; null when there is no such topic. */
export const loadCategory = async (slug: string, page = 1): Promise<CategoryPage | null> => {
  const category = (await graphqlQuery<{ Categories: Docs<Category> }>(CATEGORY_QUERY, { slug })).Categories.docs[0]
  if (!category) return null
  return {
    category,
    ...toPage(
      await graphqlQuery<PagedArticles>(CATEGORY_ARTICLES_QUERY, { category: [category.id], page, limit: PAGE_SIZE }),
    ),
  }
}

export type FaqWithCategories = Faq & { categories: { id: number; name: string; slug: string }[] | null }

export const loadFaqs = async (): Promise<FaqWithCategories[]> =>
  (await graphqlQuery<{ Faqs: Docs<FaqWithCategories> }>(FAQS_QUERY)).Faqs.docs

/** The publisher's crisis resources, for the footer of every page; null when the API cannot be reached, so the page still renders. */
export const loadCrisisResources = async (): Promise<CrisisResources | null> => {
  try {
    return (await graphqlQuery<{ CrisisResource: CrisisResources }>(CRISIS_RESOURCES_QUERY)).CrisisResource
  } catch {
    return null
  }
}

/** What the sitemap lists: published articles and the topics that have any. */
export const loadSitemapEntries = async () => {
  const data = await graphqlQuery<{
    Articles: Docs<{ slug: string; updatedAt: string }>
    Categories: Docs<{ slug: string; articleCount: number }>
  }>(SITEMAP_QUERY)
  return {
    articles: data.Articles.docs,
    categories: data.Categories.docs.filter((category) => category.articleCount > 0),
  }
}
