import type { CollectionSlug, PayloadRequest, TaskConfig, Where } from 'payload'
import { extractID } from 'payload/shared'

import { documentTitle } from './documentTitle'
import { isUntouched } from './emptyDrafts'
import { recordWorkflowEvent } from './events'
import { REVIEW_STAGES, STATE_LABELS, type WorkflowState } from './machine'
import { adminLink } from './notify'
import { notifyOverdueReviews } from './notifyOverdue'
import type { WorkflowDocument, WorkflowSettings } from './settings'
import { SYSTEM_ACTOR, transitionDocument, WorkflowError } from './transitionDocument'

/**
 * Publishes a scheduled document when its time comes, as the scheduler. At run time the state
 * machine decides again: a document unscheduled, edited or archived meanwhile is left alone, and the
 * outcome says why.
 */
export const publishScheduledTask: TaskConfig<'publishScheduled'> = {
  slug: 'publishScheduled',
  retries: 2,
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'number', required: true },
  ],
  outputSchema: [
    { name: 'outcome', type: 'text', required: true },
    { name: 'reason', type: 'text' },
  ],
  handler: async ({ input, req }) => {
    try {
      await transitionDocument(
        req,
        { collection: input.collection, id: input.id, to: 'published' },
        { actor: SYSTEM_ACTOR },
      )
      return { output: { outcome: 'published' } }
    } catch (error) {
      if (error instanceof WorkflowError) return { output: { outcome: 'skipped', reason: error.message } }
      throw error
    }
  },
}

const flagOverdue = async (req: PayloadRequest, collection: CollectionSlug, now: Date) => {
  const { payload } = req
  const { docs } = await payload.find({
    collection,
    where: {
      and: [
        { _status: { equals: 'published' } },
        { nextReviewDue: { less_than: now.toISOString() } },
        { reviewOverdue: { not_equals: true } },
      ],
    },
    depth: 0,
    limit: 1000,
    pagination: false,
    req,
  })
  for (const doc of docs) {
    // A flag, not an edit: written straight to the live row and the latest version, in the job's
    // transaction, without Payload's update (which would publish a pending draft) or the workflow
    // hooks (which would treat it as an edit and reopen the document).
    await payload.db.updateOne({ collection, id: doc.id, data: { reviewOverdue: true }, req })
    const { docs: latest } = await payload.db.findVersions({
      collection,
      where: { and: [{ parent: { equals: doc.id } }, { latest: { equals: true } }] },
      limit: 1,
      pagination: false,
      req,
    })
    for (const version of latest) {
      await payload.db.updateVersion({
        collection,
        id: version.id,
        versionData: { ...version, version: { ...version.version, reviewOverdue: true } },
        req,
      })
    }
  }
  return docs.map((doc) => ({ collection, id: doc.id, title: documentTitle(payload, collection, doc) }))
}

/** Daily: flags published content whose clinical review is overdue and tells the reviewers. */
export const flagOverdueReviewsTask = ({
  collections,
  usersCollection,
}: Pick<WorkflowSettings, 'collections' | 'usersCollection'>): TaskConfig<'flagOverdueReviews'> => ({
  slug: 'flagOverdueReviews',
  schedule: [{ cron: '0 6 * * *', queue: 'daily' }],
  outputSchema: [{ name: 'flagged', type: 'number', required: true }],
  handler: async ({ req }) => {
    const now = new Date()
    const flagged = (await Promise.all(collections.map((collection) => flagOverdue(req, collection, now)))).flat()
    if (flagged.length) await notifyOverdueReviews(req.payload, usersCollection, flagged)
    return { output: { flagged: flagged.length } }
  },
})

type Person = { id: number | string; email?: string | null }

/** The working drafts of a collection that match `where` (a batch: the next run takes the rest). */
const workingDrafts = async (req: PayloadRequest, collection: CollectionSlug, where: Where) => {
  const { docs } = await req.payload.find({
    collection,
    draft: true,
    where,
    depth: 0,
    limit: 500,
    req,
    overrideAccess: true,
  })
  return docs.map((found): WorkflowDocument => ({ ...found }))
}

/** Who hears that a review stage is overdue: its assignee, else everyone holding the stage's role. */
const overdueRecipients = async (
  req: PayloadRequest,
  usersCollection: CollectionSlug,
  state: WorkflowState,
  assignedTo: unknown,
): Promise<string[]> => {
  const assigneeId = assignedTo ? extractID(assignedTo as Person | number) : null
  const { docs } = await req.payload.find({
    collection: usersCollection,
    where: assigneeId ? { id: { equals: assigneeId } } : { roles: { contains: REVIEW_STAGES[state]!.role } },
    select: { email: true },
    depth: 0,
    limit: 200,
    req,
    overrideAccess: true,
  })
  return (docs as Person[]).flatMap((person) => (person.email ? [person.email] : []))
}

/**
 * Hourly: tells the assignee of each review stage past its due date (everyone with the stage's role
 * when nobody is assigned), once per due date, and records the notice in the audit trail.
 */
export const notifyOverdueAssignmentsTask = ({
  collections,
  usersCollection,
}: Pick<WorkflowSettings, 'collections' | 'usersCollection'>): TaskConfig<'notifyOverdueAssignments'> => ({
  slug: 'notifyOverdueAssignments',
  schedule: [{ cron: '0 * * * *', queue: 'daily' }],
  outputSchema: [{ name: 'notified', type: 'number', required: true }],
  handler: async ({ req }) => {
    const { payload } = req
    const now = new Date().toISOString()
    let notified = 0
    for (const collection of collections) {
      const overdue = await workingDrafts(req, collection, {
        and: [
          { workflowState: { in: Object.keys(REVIEW_STAGES) } },
          { dueAt: { less_than: now } },
          { overdueNoticeAt: { exists: false } },
        ],
      })
      for (const doc of overdue) {
        const state = doc.workflowState as WorkflowState
        await payload.update({
          collection,
          id: doc.id,
          data: { overdueNoticeAt: now },
          draft: true,
          depth: 0,
          req,
          overrideAccess: true,
          context: { workflowBypass: 'overdue-notice' },
        })
        await recordWorkflowEvent(req, {
          collection,
          id: doc.id,
          from: state,
          to: state,
          role: 'system',
          kind: 'overdue',
          assignee: (doc.assignedTo as number | null | undefined) ?? null,
          dueAt: doc.dueAt as string,
          comment: `${STATE_LABELS[state]} was due ${String(doc.dueAt).slice(0, 10)}.`,
        })
        const title = documentTitle(payload, collection, doc)
        const recipients = await overdueRecipients(req, usersCollection, state, doc.assignedTo)
        await Promise.all(
          recipients.map((to) =>
            payload
              .sendEmail({
                to,
                subject: `[Vetted] Overdue: ${title}`,
                text: `${STATE_LABELS[state]} of "${title}" was due ${new Date(String(doc.dueAt)).toUTCString()}.\n\nOpen it: ${adminLink(payload, collection, doc.id)}`,
              })
              .catch((error: unknown) => payload.logger.error({ err: error, msg: 'Could not send an overdue notice' })),
          ),
        )
        notified++
      }
    }
    return { output: { notified } }
  },
})

/** How long an untouched draft is kept, in case its author is still looking at the empty form. */
const EMPTY_DRAFT_GRACE_MS = 3_600_000

/**
 * Hourly: deletes the empty drafts the admin leaves behind. With autosave, opening "Create New"
 * creates the document at once (Payload's behaviour); one that stayed without a title and without
 * an edit for an hour holds nothing anyone wrote, and would clutter every queue and list.
 */
export const discardEmptyDraftsTask = ({
  collections,
}: Pick<WorkflowSettings, 'collections'>): TaskConfig<'discardEmptyDrafts'> => ({
  slug: 'discardEmptyDrafts',
  schedule: [{ cron: '30 * * * *', queue: 'daily' }],
  outputSchema: [{ name: 'discarded', type: 'number', required: true }],
  handler: async ({ req }) => {
    const { payload } = req
    const cutoff = new Date(Date.now() - EMPTY_DRAFT_GRACE_MS).toISOString()
    let discarded = 0
    for (const collection of collections) {
      const titleField = payload.collections[collection].config.admin.useAsTitle
      if (!titleField || titleField === 'id') continue
      const candidates = await workingDrafts(req, collection, {
        and: [
          { workflowState: { equals: 'draft' } },
          { _status: { not_equals: 'published' } },
          { [titleField]: { exists: false } },
          { updatedAt: { less_than: cutoff } },
        ],
      })
      for (const doc of candidates) {
        if (!isUntouched(doc, titleField)) continue
        await payload.delete({ collection, id: doc.id, req, overrideAccess: true })
        discarded++
      }
    }
    return { output: { discarded } }
  },
})
