import { cookies } from 'next/headers'
import Link from 'next/link'
import React from 'react'

import { LivePreviewListener } from './LivePreviewListener'

/** The signed-in user's token, which preview pages send to the API so its access rules decide. */
export const previewToken = async (): Promise<string | undefined> => (await cookies()).get('payload-token')?.value

/** What anyone who may not read the draft sees: no content, a way to sign in. */
export const PreviewUnavailable: React.FC<{ path: string }> = ({ path }) => (
  <>
    <h1>Preview unavailable</h1>
    <p>
      Previews of drafts are for signed-in staff.{' '}
      <Link href={`/admin/login?redirect=${encodeURIComponent(path)}`}>Sign in</Link> and open the preview again.
    </p>
  </>
)

/** Above a preview: whether this is what readers see, and it refreshes on every save in the admin's live preview. */
export const PreviewBanner: React.FC<{ status: 'draft' | 'published' | null; workflowState: string | null }> = ({
  status,
  workflowState,
}) => (
  <>
    <LivePreviewListener />
    <p className="preview-banner" role="note">
      {status === 'published'
        ? 'Preview of the published version: this is what readers see.'
        : `Draft preview (${(workflowState ?? 'draft').replace(/_/g, ' ')}): not public. What readers see changes only when this version is published.`}
    </p>
  </>
)
