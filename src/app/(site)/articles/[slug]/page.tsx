import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import React, { cache } from 'react'

import { ArticleView } from '@/site/components/ArticleView'
import { siteName } from '@/site/config'
import { loadApprovedComments, loadArticle } from '@/site/data'

// Rendered on first request, then served from the page cache until public content changes.
export const revalidate = 60
export const generateStaticParams = async () => []

type Props = { params: Promise<{ slug: string }> }

// One GraphQL request per page view, shared by the metadata and the page.
const articleBySlug = cache(loadArticle)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await articleBySlug((await params).slug)
  if (!article) return {}
  const path = `/articles/${article.slug}`
  return {
    title: article.title,
    description: article.plainExcerpt,
    alternates: { canonical: path },
    openGraph: {
      type: 'article',
      siteName: siteName(),
      url: path,
      title: article.title,
      description: article.plainExcerpt,
      publishedTime: article.publishedAt ?? undefined,
    },
  }
}

export default async function ArticlePage({ params }: Props) {
  const article = await articleBySlug((await params).slug)
  if (!article) notFound()
  const comments = await loadApprovedComments(article.id)
  return <ArticleView article={article} comments={comments} />
}
