'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Server-side live preview: tells the admin's preview pane this page is ready, then re-renders the
 * page (a fresh draft read on the server) each time the admin saves the document. This is the
 * protocol of Payload's RefreshRouteOnSave (`payload-live-preview` ready, `payload-document-event`
 * on save); @payloadcms/live-preview-react is not published at the Payload version used here.
 */
export const LivePreviewListener: React.FC = () => {
  const router = useRouter()

  useEffect(() => {
    const adminOrigin = process.env.NEXT_PUBLIC_SERVER_URL || window.location.origin
    const onMessage = (event: MessageEvent) => {
      if (event.origin === adminOrigin && event.data?.type === 'payload-document-event') router.refresh()
    }
    window.addEventListener('message', onMessage)
    const admin = window.opener || (window.parent !== window ? window.parent : null)
    admin?.postMessage({ type: 'payload-live-preview', ready: true }, adminOrigin)
    return () => window.removeEventListener('message', onMessage)
  }, [router])

  return null
}
