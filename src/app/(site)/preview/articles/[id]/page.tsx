import type { Metadata } from 'next'
import React from 'react'

import { ArticleView } from '@/site/components/ArticleView'
import { PreviewBanner, previewToken, PreviewUnavailable } from '@/site/components/DraftPreview'
import { loadArticleDraft } from '@/site/data'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Draft preview', robots: { index: false, follow: false } }

type Props = { params: Promise<{ id: string }> }

/**
 * Staff preview of an article's newest draft, also shown in the admin's live preview pane. It reads
 * the draft over GraphQL with the signed-in user's own token, so the API's access rules decide:
 * anyone who may not read drafts sees nothing.
 */
export default async function ArticlePreviewPage({ params }: Props) {
  const { id } = await params
  const token = await previewToken()
  const article = token && /^\d+$/.test(id) ? await loadArticleDraft(Number(id), token) : null
  if (!article) return <PreviewUnavailable path={`/preview/articles/${id}`} />
  return (
    <>
      <PreviewBanner status={article._status} workflowState={article.workflowState} />
      <ArticleView article={article} preview />
    </>
  )
}
