import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import React, { cache } from 'react'

import { ArticleCard } from '@/site/components/ArticleCard'
import { Pagination } from '@/site/components/Pagination'
import { loadCategory } from '@/site/data'
import { pageNumber } from '@/site/pageNumber'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string }> }

const categoryBySlug = cache(loadCategory)

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const page = pageNumber((await searchParams).page)
  const found = page && (await categoryBySlug((await params).slug, page))
  if (!found) return {}
  const path = `/categories/${found.category.slug}${page > 1 ? `?page=${page}` : ''}`
  return {
    title: page > 1 ? `${found.category.name} (page ${page})` : found.category.name,
    description: found.category.description ?? undefined,
    alternates: { canonical: path },
  }
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const page = pageNumber((await searchParams).page)
  const found = page && (await categoryBySlug((await params).slug, page))
  if (!found || (page > 1 && page > found.totalPages)) notFound()
  const { category, articles, totalPages } = found
  return (
    <>
      <h1>{category.name}</h1>
      {category.description && <p className="lead">{category.description}</p>}
      {articles.length ? (
        articles.map((article) => <ArticleCard key={article.id} article={article} headingLevel={2} />)
      ) : (
        <p>No articles in this topic yet.</p>
      )}
      <Pagination basePath={`/categories/${category.slug}`} page={page} totalPages={totalPages} />
    </>
  )
}
