import type { Payload } from 'payload'

import { documentTitle } from '@/lib/documentTitle'
import type { User } from '@/payload-types'

import { NEXT_ACTORS, STATE_LABELS, type WorkflowState } from './machine'

type Notice = {
  collection: string
  doc: { id: number; lastEditedBy?: number | User | null }
  from: WorkflowState
  to: WorkflowState
  comment?: string
  actor: User | null
}

const adminUrl = (collection: string, id: number) =>
  `${process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000'}/admin/collections/${collection}/${id}`

const recipientsFor = async (payload: Payload, role: string, doc: Notice['doc']): Promise<string[]> => {
  if (role === 'author') {
    const authorId = typeof doc.lastEditedBy === 'object' ? doc.lastEditedBy?.id : doc.lastEditedBy
    if (!authorId) return []
    const author = await payload.findByID({ collection: 'users', id: authorId, depth: 0, disableErrors: true })
    return author ? [author.email] : []
  }
  const { docs } = await payload.find({
    collection: 'users',
    where: { roles: { contains: role } },
    depth: 0,
    limit: 100,
    pagination: false,
  })
  return docs.map((user) => user.email)
}

/**
 * Emails the people who must act next. Runs after the transition committed; a failure to send is
 * logged, never undoes the transition.
 */
export const notifyNextActors = async (payload: Payload, notice: Notice): Promise<void> => {
  const role = NEXT_ACTORS[notice.to]
  if (!role) return
  try {
    const recipients = (await recipientsFor(payload, role, notice.doc)).filter((email) => email !== notice.actor?.email)
    const title = documentTitle(payload, notice.collection, notice.doc)
    const by = notice.actor ? `${notice.actor.name} (${notice.actor.email})` : 'the scheduler'
    const text = [
      `"${title}" is now ${STATE_LABELS[notice.to].toLowerCase()} (was ${STATE_LABELS[notice.from].toLowerCase()}), by ${by}.`,
      notice.comment ? `\nComment: ${notice.comment}` : '',
      `\nOpen it: ${adminUrl(notice.collection, notice.doc.id)}`,
    ].join('\n')
    await Promise.all(
      recipients.map((to) => payload.sendEmail({ to, subject: `[Vetted] ${STATE_LABELS[notice.to]}: ${title}`, text })),
    )
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Could not send workflow notifications' })
  }
}
