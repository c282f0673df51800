import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import React, { cache } from 'react'

import { ArticleView } from '@/site/components/ArticleView'
import { loadApprovedComments, loadArticle } from '@/site/data'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

// One GraphQL request per page view, shared by the metadata and the page.
const articleBySlug = cache(loadArticle)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await articleBySlug((await params).slug)
  return article ? { title: article.title, description: article.plainExcerpt } : {}
}

export default async function ArticlePage({ params }: Props) {
  const article = await articleBySlug((await params).slug)
  if (!article) notFound()
  const comments = await loadApprovedComments(article.id)
  return <ArticleView article={article} comments={comments} />
}
