import type { Metadata } from 'next'
import Link from 'next/link'
import React from 'react'

import { ArticleCard } from '@/site/components/ArticleCard'
import { loadHome } from '@/site/data'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { alternates: { canonical: '/' } }

export default async function HomePage() {
  const { articles, categories } = await loadHome()
  return (
    <>
      <h1>Mental health, clinically reviewed</h1>
      <div className="home">
        <section aria-labelledby="latest-heading" className="home__articles">
          <h2 id="latest-heading">Latest articles</h2>
          {articles.length ? (
            articles.map((article) => <ArticleCard key={article.id} article={article} />)
          ) : (
            <p>No articles have been published yet.</p>
          )}
          {articles.length > 0 && (
            <p>
              <Link href="/articles">All articles</Link>
            </p>
          )}
        </section>
        <nav aria-labelledby="categories-heading" className="home__categories">
          <h2 id="categories-heading">Topics</h2>
          <ul>
            {categories.map((category) => (
              <li key={category.id}>
                <Link href={`/categories/${category.slug}`}>{category.name}</Link>{' '}
                <span className="count">({category.articleCount})</span>
              </li>
            ))}
          </ul>
          <p>
            <Link href="/faq">Frequently asked questions</Link>
          </p>
        </nav>
      </div>
    </>
  )
}
