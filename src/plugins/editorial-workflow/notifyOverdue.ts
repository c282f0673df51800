import type { CollectionSlug, Payload } from 'payload'

import { adminLink } from './notify'

type Flagged = { collection: string; id: number | string; title: string }

/** Emails every clinical reviewer the list of content whose review is overdue. */
export const notifyOverdueReviews = async (
  payload: Payload,
  users: CollectionSlug,
  flagged: Flagged[],
): Promise<void> => {
  try {
    const { docs: reviewers } = await payload.find({
      collection: users,
      where: { roles: { contains: 'clinical-reviewer' } },
      depth: 0,
      pagination: false,
    })
    const lines = flagged.map((item) => `- ${item.title}: ${adminLink(payload, item.collection, item.id)}`)
    const text = `These published pages are past their clinical review date:\n\n${lines.join('\n')}`
    await Promise.all(
      (reviewers as { email?: string | null }[]).flatMap((reviewer) =>
        reviewer.email
          ? [
              payload.sendEmail({
                to: reviewer.email,
                subject: `[Vetted] ${flagged.length} clinical review(s) overdue`,
                text,
              }),
            ]
          : [],
      ),
    )
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Could not send review-overdue notifications' })
  }
}
