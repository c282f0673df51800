import type { Payload } from 'payload'

type Flagged = { collection: string; id: number; title: string }

/** Emails every clinical reviewer the list of content whose review is overdue. */
export const notifyOverdueReviews = async (payload: Payload, flagged: Flagged[]): Promise<void> => {
  try {
    const { docs: reviewers } = await payload.find({
      collection: 'users',
      where: { roles: { contains: 'clinical-reviewer' } },
      depth: 0,
      pagination: false,
    })
    const base = process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000'
    const lines = flagged.map((item) => `- ${item.title}: ${base}/admin/collections/${item.collection}/${item.id}`)
    const text = `These published pages are past their clinical review date:\n\n${lines.join('\n')}`
    await Promise.all(
      reviewers.map((reviewer) =>
        payload.sendEmail({
          to: reviewer.email,
          subject: `[Vetted] ${flagged.length} clinical review(s) overdue`,
          text,
        }),
      ),
    )
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Could not send review-overdue notifications' })
  }
}
