import type { Payload, PayloadRequest } from 'payload'
import React from 'react'

const URGENT_PENDING = 'where[and][0][urgent][equals]=true&where[and][1][status][equals]=pending'

/**
 * Above the comments list: how many crisis comments still wait for a moderator, with a link to
 * exactly those. Counted with the signed-in user's own access.
 */
export const UrgentCommentsNotice = async ({ payload, user }: { payload: Payload; user?: PayloadRequest['user'] }) => {
  if (!user) return null
  const { totalDocs } = await payload.count({
    collection: 'comments',
    where: { and: [{ urgent: { equals: true } }, { status: { equals: 'pending' } }] },
    overrideAccess: false,
    user,
  })
  if (!totalDocs) return null
  return (
    <p
      role="status"
      data-testid="urgent-comments-notice"
      style={{
        margin: '0 0 12px',
        padding: '8px 12px',
        borderRadius: 4,
        background: 'var(--theme-error-100)',
        color: 'var(--theme-error-800)',
      }}
    >
      <strong>
        {totalDocs} urgent {totalDocs === 1 ? 'comment' : 'comments'} with crisis language{' '}
        {totalDocs === 1 ? 'waits' : 'wait'} for a moderator.
      </strong>{' '}
      <a href={`/admin/collections/comments?${URGENT_PENDING}`} style={{ color: 'inherit' }}>
        Show {totalDocs === 1 ? 'it' : 'them'}
      </a>
    </p>
  )
}
