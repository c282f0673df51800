import type { PayloadRequest, TaskConfig } from 'payload'

import { consentProblems } from '../fields/consentFields'

export type ConsentLapsedHandler = (args: {
  req: PayloadRequest
  collection: string
  id: number
  reason: string
}) => Promise<void>

/**
 * Without a workflow: unpublish directly. A host with an editorial workflow passes its own take-down
 * (Vetted archives through the workflow, with an audit event) as `onConsentLapsed`.
 */
export const unpublishDirectly: ConsentLapsedHandler = async ({ req, collection, id }) => {
  await req.payload.update({
    collection: collection as 'testimonials',
    id,
    data: { _status: 'draft' },
    req,
    overrideAccess: true,
  })
}

/**
 * Daily: takes down published testimonials whose consent has expired or been revoked (in the live
 * version or in the working draft) and records why.
 */
export const enforceConsentTask = (
  collections: string[],
  onLapsed: ConsentLapsedHandler,
): TaskConfig<'enforceTestimonialConsent'> => ({
  slug: 'enforceTestimonialConsent',
  schedule: [{ cron: '15 * * * *', queue: 'daily' }],
  outputSchema: [{ name: 'takenDown', type: 'json', required: true }],
  handler: async ({ req }) => {
    const takenDown: { collection: string; id: number; reason: string }[] = []
    const now = new Date()
    for (const collection of collections) {
      const { docs: live } = await req.payload.find({
        collection: collection as 'testimonials',
        where: { _status: { equals: 'published' } },
        depth: 0,
        limit: 0,
        pagination: false,
        req,
        overrideAccess: true,
      })
      for (const doc of live) {
        const latest = await req.payload.findByID({
          collection: collection as 'testimonials',
          id: doc.id,
          draft: true,
          depth: 0,
          req,
          overrideAccess: true,
        })
        const problems = [...consentProblems(doc.consent, now), ...consentProblems(latest.consent, now)]
        const lapse = problems.find((problem) => /revoked|expired/.test(problem))
        if (!lapse) continue
        const reason = `Taken down automatically: the testimonial needs ${lapse}.`
        await onLapsed({ req, collection, id: doc.id, reason })
        takenDown.push({ collection, id: doc.id, reason })
      }
    }
    return { output: { takenDown } }
  },
})
