import type { Payload, PayloadRequest } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { hasAnyRole } from '@/access/roles'
import React from 'react'

import './index.scss'

const URGENT_PENDING = 'where[and][0][urgent][equals]=true&where[and][1][status][equals]=pending'

/**
 * Above the comments list and on the dashboard: how many crisis comments still wait for a
 * moderator, with a link to exactly those. Counted with the signed-in user's own access, so only
 * moderators (and admins) ever see it.
 */
export const UrgentCommentsNotice = async ({ payload, user }: { payload: Payload; user?: PayloadRequest['user'] }) => {
  // Only moderators may read the urgency of comments (and so query it); nobody else sees the notice.
  if (!hasAnyRole(user, ['moderator', 'admin'])) return null
  const { totalDocs } = await payload.count({
    collection: 'comments',
    where: { and: [{ urgent: { equals: true } }, { status: { equals: 'pending' } }] },
    overrideAccess: false,
    user,
  })
  if (!totalDocs) return null
  return (
    <p role="status" data-testid="urgent-comments-notice" className="urgent-comments-notice">
      <strong>
        {totalDocs} urgent {totalDocs === 1 ? 'comment' : 'comments'} with crisis language{' '}
        {totalDocs === 1 ? 'waits' : 'wait'} for a moderator.
      </strong>{' '}
      <a
        href={formatAdminURL({
          adminRoute: payload.config.routes.admin,
          path: `/collections/comments?${URGENT_PENDING}`,
        })}
      >
        Show {totalDocs === 1 ? 'it' : 'them'}
      </a>
    </p>
  )
}
