import Link from 'next/link'
import React from 'react'

import { formatDate } from '../format'
import type { Article, Comment } from '../queries'
import { CommentForm } from './CommentForm'
import { CommentList } from './CommentList'
import { CrisisResources } from './CrisisResources'
import { FaqSection } from './FaqSection'
import { JsonLd } from './JsonLd'
import { ReviewerLine } from './ReviewerLine'
import { RichText } from './RichText'
import { SourcesList } from './SourcesList'

/** The whole article page; used by the public page and by the staff preview of a draft. */
export const ArticleView: React.FC<{ article: Article; comments?: Comment[]; preview?: boolean }> = ({
  article,
  comments = [],
  preview = false,
}) => (
  <article className="article">
    {article.crisisResources && (
      <CrisisResources resources={article.crisisResources} id="crisis-banner-heading" compact />
    )}
    <header className="article__header">
      {article.categories?.length ? (
        <p className="article__categories">
          {article.categories.map((category, index) => (
            <React.Fragment key={category.id}>
              {index > 0 && ', '}
              <Link href={`/categories/${category.slug}`}>{category.name}</Link>
            </React.Fragment>
          ))}
        </p>
      ) : null}
      <h1>{article.title}</h1>
      <p className="article__meta">
        {article.publishedAt && (
          <>
            Published <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time> ·{' '}
          </>
        )}
        {article.readingTimeMinutes} min read
      </p>
      <ReviewerLine byline={article.byline} />
    </header>
    <RichText data={article.body} crisisResources={article.crisisResources} />
    <SourcesList sources={article.sources} />
    <FaqSection faqs={article.relatedFaqs ?? []} />
    {article.jsonLd && <JsonLd data={article.jsonLd} />}
    {preview ? (
      <p className="hint">Comments are shown on the published page.</p>
    ) : (
      <>
        <CommentList comments={comments} />
        <CommentForm articleId={article.id} />
      </>
    )}
  </article>
)
