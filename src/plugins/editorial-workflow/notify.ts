import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { documentTitle } from './documentTitle'
import { NEXT_ACTORS, STATE_LABELS } from './machine'
import { workflowSettings, type WorkflowNotice, type WorkflowNotifier } from './settings'

/**
 * A link into the admin on this server: the configured `serverURL` (NEXT_PUBLIC_SERVER_URL), else
 * this machine on the port the server listens on (PORT, else Next's 3000).
 */
export const adminLink = (payload: Pick<Payload, 'config'>, collection: string, id: number | string) =>
  formatAdminURL({
    adminRoute: payload.config.routes.admin,
    path: `/collections/${collection}/${id}`,
    serverURL: payload.config.serverURL || `http://localhost:${process.env.PORT || 3000}`,
  })

type Recipient = { email?: string | null }

const recipientsFor = async (
  payload: Payload,
  users: CollectionSlug,
  role: string,
  doc: WorkflowNotice['doc'],
  req: PayloadRequest | undefined,
): Promise<string[]> => {
  if (role === 'author') {
    const editor = doc.lastEditedBy as { id: number | string } | number | string | null | undefined
    const authorId = typeof editor === 'object' ? editor?.id : editor
    if (!authorId) return []
    const author = (await payload.findByID({
      collection: users,
      id: authorId,
      depth: 0,
      disableErrors: true,
      req,
    })) as Recipient | null
    return author?.email ? [author.email] : []
  }
  const { docs } = await payload.find({
    collection: users,
    where: { roles: { contains: role } },
    depth: 0,
    limit: 100,
    pagination: false,
    req,
  })
  return (docs as Recipient[]).flatMap((user) => (user.email ? [user.email] : []))
}

/** The default notifier: emails the people who must act next, with a link to the document. */
export const emailNextActors: WorkflowNotifier = async (payload, notice, req) => {
  const role = NEXT_ACTORS[notice.to]
  if (!role) return
  const { usersCollection } = workflowSettings(payload.config)
  const recipients = (await recipientsFor(payload, usersCollection, role, notice.doc, req)).filter(
    (email) => email !== notice.actor?.email,
  )
  const title = documentTitle(payload, notice.collection, notice.doc)
  const by = notice.actor ? `${notice.actor.name ?? 'A user'} (${notice.actor.email})` : 'the scheduler'
  const text = [
    `"${title}" is now ${STATE_LABELS[notice.to].toLowerCase()} (was ${STATE_LABELS[notice.from].toLowerCase()}), by ${by}.`,
    notice.comment ? `\nComment: ${notice.comment}` : '',
    `\nOpen it: ${adminLink(payload, notice.collection, notice.doc.id)}`,
  ].join('\n')
  await Promise.all(
    recipients.map((to) => payload.sendEmail({ to, subject: `[Vetted] ${STATE_LABELS[notice.to]}: ${title}`, text })),
  )
}
