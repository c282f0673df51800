import type { CollectionSlug, Plugin } from 'payload'

import { publicCacheInvalidation } from '@/api/cacheInvalidation'
import { inputChecks } from '@/api/checks/inputChecks'
import { computeOnlyRequestedFields } from '@/api/requestedFields'

import { SYSTEM_ACTOR, transitionDocument } from './editorial-workflow'
import type { ConsentLapsedHandler } from './mental-health'

/** The collections that go through the editorial workflow. */
export const WORKFLOW_COLLECTIONS = ['articles', 'faqs', 'testimonials'] as const satisfies readonly CollectionSlug[]
export type WorkflowCollection = (typeof WORKFLOW_COLLECTIONS)[number]

/** Lapsed testimonial consent takes content down through the workflow, as the scheduler, with an event. */
export const takeDownThroughWorkflow: ConsentLapsedHandler = async ({ req, collection, id, reason }) => {
  await transitionDocument(req, { collection, id, to: 'archived', comment: reason }, { actor: SYSTEM_ACTOR })
}

/** Installed after the feature plugins, so they also see the collections those add. */
export const platformPlugins: Plugin[] = [
  publicCacheInvalidation({ publicWhen: { comments: (comment) => comment.status === 'approved' } }),
  inputChecks(),
  computeOnlyRequestedFields(),
]
