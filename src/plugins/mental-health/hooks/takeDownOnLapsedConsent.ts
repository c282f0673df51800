import type { CollectionAfterChangeHook } from 'payload'

import { consentProblems } from '../fields/consentFields'
import type { ConsentLapsedHandler } from '../jobs/enforceConsent'

/**
 * The moment a testimonial's consent is recorded as revoked or expired (in the admin, over REST or
 * GraphQL, in a draft or not), its live version comes down, whatever state its working draft is
 * in; the daily job catches consent that expires with nobody saving anything.
 */
export const takeDownOnLapsedConsent =
  (onLapsed: ConsentLapsedHandler): CollectionAfterChangeHook =>
  async ({ collection, doc, req }) => {
    const lapse = consentProblems(doc.consent).find((problem) => /revoked|expired/.test(problem))
    if (!lapse) return doc
    const live = await req.payload.findByID({
      collection: collection.slug as 'testimonials',
      id: doc.id,
      draft: false,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    if (live?._status !== 'published') return doc
    await onLapsed({
      req,
      collection: collection.slug,
      id: doc.id,
      reason: `Taken down at once: the testimonial needs ${lapse}.`,
    })
    return doc
  }
