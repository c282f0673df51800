import type { CollectionSlug, Config } from 'payload'

import './context'
import { reviewCommentsCollection } from './collections/ReviewComments'
import { workflowEventsCollection } from './collections/WorkflowEvents'
import { workflowMutations } from './graphql'
import {
  discardEmptyDraftsTask,
  flagOverdueReviewsTask,
  notifyOverdueAssignmentsTask,
  publishScheduledTask,
} from './jobs'
import { emailNextActors } from './notify'
import {
  reviewCadenceMonths,
  withWorkflowSettings,
  type EditorialWorkflowOptions,
  type WorkflowSettings,
} from './settings'
import { withWorkflow } from './withWorkflow'

/**
 * The editorial workflow: every listed collection goes draft → clinical review → compliance review →
 * approved → scheduled/published → archived through one state machine (machine.ts). The plugin adds
 * the workflow fields and hooks that close every other write path, the transition and workflow-info
 * endpoints, the `workflowTransition` GraphQL mutation, the append-only `workflow-events` audit
 * collection, and the jobs that publish scheduled content and flag overdue reviews. Other plugins
 * take part through typed `gates` (the compliance gate is one).
 */
export const editorialWorkflow =
  (options: EditorialWorkflowOptions) =>
  (config: Config): Config => {
    const usersCollection = options.usersCollection ?? ((config.admin?.user ?? 'users') as CollectionSlug)
    const settings: WorkflowSettings = {
      collections: options.collections,
      gates: options.gates ?? [],
      guards: options.guards ?? {},
      reviewCadenceMonths: reviewCadenceMonths(options.reviewCadenceMonths),
      reviewDueDays: options.reviewDueDays ?? {},
      notify: options.notify ?? emailNextActors,
      isStaff: options.isStaff ?? ((user) => Array.isArray(user?.roles) && user.roles.length > 0),
      usersCollection,
      editableInAnyState: options.editableInAnyState ?? {},
    }
    const listed = new Set<string>(settings.collections)
    const missing = settings.collections.filter((slug) => !config.collections?.some((c) => c.slug === slug))
    if (missing.length) throw new Error(`editorialWorkflow: no collection ${missing.join(', ')} in the config.`)

    const hostMutations = config.graphQL?.mutations
    return {
      ...config,
      collections: [
        ...(config.collections ?? []).map((collection) =>
          listed.has(collection.slug) ? withWorkflow(collection, settings) : collection,
        ),
        workflowEventsCollection(settings),
        reviewCommentsCollection(settings),
      ],
      graphQL: {
        ...config.graphQL,
        mutations: (GraphQL, payload) => ({
          ...hostMutations?.(GraphQL, payload),
          ...workflowMutations(settings)(GraphQL, payload),
        }),
      },
      jobs: {
        ...config.jobs,
        tasks: [
          ...(config.jobs?.tasks ?? []),
          publishScheduledTask,
          flagOverdueReviewsTask(settings),
          notifyOverdueAssignmentsTask(settings),
          discardEmptyDraftsTask(settings),
        ],
      },
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          // Each person's dashboard starts with what waits for them.
          beforeDashboard: [
            '/plugins/editorial-workflow/components/ReviewQueue#ReviewQueue',
            ...(config.admin?.components?.beforeDashboard ?? []),
          ],
        },
      },
      custom: withWorkflowSettings(config.custom, settings),
      // Refused transitions and writes are the client's mistake: info, not error. Payload types the
      // keys as its own error names, but looks levels up by any error's name.
      loggingLevels: { WorkflowError: 'info', ...config.loggingLevels } as Config['loggingLevels'],
    }
  }

export { documentTitle } from './documentTitle'
export { assignDocument, type AssignmentInput } from './assignDocument'
export {
  NEXT_ACTORS,
  REVIEW_STAGES,
  STATE_LABELS,
  TRANSITIONS,
  WAITING_FOR,
  WORKFLOW_STATES,
  liveVersion,
  type Actor,
  type Guard,
  type ReviewStage,
  type Transition,
  type TransitionContext,
  type WorkflowRole,
  type WorkflowState,
} from './machine'
export { pointsAt } from './pointsAt'
export type {
  EditorialWorkflowOptions,
  WorkflowDocument,
  WorkflowGate,
  WorkflowGuards,
  WorkflowNotice,
  WorkflowNotifier,
} from './settings'
export { workflowSettings } from './settings'
export {
  SYSTEM_ACTOR,
  transitionDocument,
  WorkflowError,
  type TransitionInput,
  type TransitionResult,
} from './transitionDocument'
