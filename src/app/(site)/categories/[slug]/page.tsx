import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import React, { cache } from 'react'

import { ArticleCard } from '@/site/components/ArticleCard'
import { loadCategory } from '@/site/data'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

const categoryBySlug = cache(loadCategory)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await categoryBySlug((await params).slug)
  return found
    ? { title: found.category.name, description: found.category.description ?? undefined, alternates: { canonical: `/categories/${found.category.slug}` } }
    : {}
}

export default async function CategoryPage({ params }: Props) {
  const found = await categoryBySlug((await params).slug)
  if (!found) notFound()
  const { category, articles } = found
  return (
    <>
      <h1>{category.name}</h1>
      {category.description && <p className="lead">{category.description}</p>}
      {articles.length ? articles.map((article) => <ArticleCard key={article.id} article={article} headingLevel={2} />) : <p>No articles in this topic yet.</p>}
    </>
  )
}
