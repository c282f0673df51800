import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import Link from 'next/link'
import React from 'react'

import { ArticleView } from '@/site/components/ArticleView'
import { LivePreviewListener } from '@/site/components/LivePreviewListener'
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
  const id = Number((await params).id)
  const token = (await cookies()).get('payload-token')?.value
  const article = token && Number.isInteger(id) ? await loadArticleDraft(id, token) : null

  if (!article) {
    return (
      <>
        <h1>Preview unavailable</h1>
        <p>
          Previews of drafts are for signed-in staff. <Link href={`/admin/login?redirect=${encodeURIComponent(`/preview/articles/${(await params).id}`)}`}>Sign in</Link> and open the preview again.
        </p>
      </>
    )
  }

  return (
    <>
      <LivePreviewListener />
      <p className="preview-banner" role="note">
        {article._status === 'published'
          ? 'Preview of the published version: this is what readers see.'
          : `Draft preview (${(article.workflowState ?? 'draft').replace(/_/g, ' ')}): not public. What readers see changes only when this version is published.`}
      </p>
      <ArticleView article={article} preview />
    </>
  )
}
