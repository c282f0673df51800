import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import React from 'react'

import { ArticleCard } from '@/site/components/ArticleCard'
import { Pagination } from '@/site/components/Pagination'
import { loadArticlesPage } from '@/site/data'
import { pageNumber } from '@/site/pageNumber'

export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<{ page?: string }> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const page = pageNumber((await searchParams).page) ?? 1
  return {
    title: page > 1 ? `All articles (page ${page})` : 'All articles',
    alternates: { canonical: page > 1 ? `/articles?page=${page}` : '/articles' },
  }
}

export default async function ArticlesPage({ searchParams }: Props) {
  const page = pageNumber((await searchParams).page)
  if (!page) notFound()
  const { articles, totalPages } = await loadArticlesPage(page)
  if (page > 1 && page > totalPages) notFound()
  return (
    <>
      <h1>All articles</h1>
      {articles.length ? (
        articles.map((article) => <ArticleCard key={article.id} article={article} headingLevel={2} />)
      ) : (
        <p>No articles have been published yet.</p>
      )}
      <Pagination basePath="/articles" page={page} totalPages={totalPages} />
    </>
  )
}
