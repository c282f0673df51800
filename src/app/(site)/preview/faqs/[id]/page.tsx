import type { Metadata } from 'next'
import React from 'react'

import { PreviewBanner, previewToken, PreviewUnavailable } from '@/site/components/DraftPreview'
import { FaqSection } from '@/site/components/FaqSection'
import { loadFaqDraft } from '@/site/data'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Draft preview', robots: { index: false, follow: false } }

type Props = { params: Promise<{ id: string }> }

/** Staff preview of an FAQ's newest draft, as it will read on the FAQ page and under articles. */
export default async function FaqPreviewPage({ params }: Props) {
  const { id } = await params
  const token = await previewToken()
  const faq = token && /^\d+$/.test(id) ? await loadFaqDraft(Number(id), token) : null
  if (!faq) return <PreviewUnavailable path={`/preview/faqs/${id}`} />
  return (
    <>
      <PreviewBanner status={faq._status} workflowState={faq.workflowState} />
      <h1>FAQ preview</h1>
      <FaqSection faqs={[faq]} heading="Frequently asked questions" />
    </>
  )
}
