import type { Plugin } from 'payload'

import { publicCacheInvalidation } from '@/api/cacheInvalidation'
import { inputChecks } from '@/api/checks/inputChecks'
import { SYSTEM_ACTOR, transitionDocument } from '@/workflow/transitionDocument'

import { mentalHealthContent } from './mental-health'

export const plugins: Plugin[] = [
  mentalHealthContent({
    // Lapsed testimonial consent takes content down through the workflow, as the scheduler, with an event.
    onConsentLapsed: async ({ req, collection, id, reason }) => {
      await transitionDocument(req, { collection, id, to: 'archived', comment: reason }, { actor: SYSTEM_ACTOR })
    },
  }),
  // Last, so it also sees the collections other plugins add.
  publicCacheInvalidation({ publicWhen: { comments: (comment) => comment.status === 'approved' } }),
  inputChecks(),
]
