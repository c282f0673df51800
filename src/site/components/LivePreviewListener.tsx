'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/**
 * Server-side live preview: Payload's RefreshRouteOnSave tells the admin's preview pane this page is
 * ready, then re-renders the page (a fresh draft read on the server) each time the admin saves. Only
 * messages from the admin's origin are heeded.
 */
export const LivePreviewListener: React.FC = () => {
  const router = useRouter()
  const [adminOrigin] = useState(
    () => process.env.NEXT_PUBLIC_SERVER_URL || (typeof window === 'undefined' ? '' : window.location.origin),
  )
  return <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={adminOrigin} />
}
