import Link from 'next/link'
import React from 'react'

import { formatDate } from '../format'
import type { ArticleSummary } from '../queries'

export const ArticleCard: React.FC<{ article: ArticleSummary; headingLevel?: 2 | 3 }> = ({
  article,
  headingLevel = 3,
}) => {
  const Heading = `h${headingLevel}` as const
  return (
    <article className="card">
      <Heading className="card__title">
        <Link href={`/articles/${article.slug}`}>{article.title}</Link>
      </Heading>
      <p className="card__meta">
        {article.publishedAt && <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>}
        {article.publishedAt && ' · '}
        {article.readingTimeMinutes} min read
      </p>
      {article.plainExcerpt && <p>{article.plainExcerpt}</p>}
    </article>
  )
}
