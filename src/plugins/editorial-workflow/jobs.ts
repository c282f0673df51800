import type { CollectionSlug, PayloadRequest, TaskConfig } from 'payload'

import { documentTitle } from './documentTitle'
import { notifyOverdueReviews } from './notifyOverdue'
import type { WorkflowSettings } from './settings'
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
