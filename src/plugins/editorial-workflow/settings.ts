import type { CollectionSlug, Payload, PayloadRequest, SanitizedConfig } from 'payload'

import type { Guard, ReviewStage, WorkflowState } from './machine'

/** A document under the workflow, as gates and notifiers see it. */
export type WorkflowDocument = Record<string, unknown> & { id: number | string }

/**
 * A gate that needs the database (the compliance plugin's is one): asked on every transition, it
 * answers what is missing before the document may reach `to`, or nothing.
 */
export type WorkflowGate = (args: {
  req: PayloadRequest
  collection: CollectionSlug
  doc: WorkflowDocument
  from: WorkflowState
  to: WorkflowState
}) => Promise<string[]> | string[]

/** Pure guards by target state, checked with the state machine's own (no database). */
export type WorkflowGuards = Partial<Record<WorkflowState, Guard[]>>

export type WorkflowNotice = {
  collection: CollectionSlug
  doc: WorkflowDocument
  from: WorkflowState
  to: WorkflowState
  comment?: string
  /** The signed-in user who made the transition; null for the scheduler. */
  actor: { id: number | string; email?: string | null; name?: string | null } | null
}

/**
 * Tells whoever must act next; called once the transition has committed, or, for a transition made
 * inside another operation (a take-down from a hook), before that operation commits. Read through
 * `req`: a lookup without it would wait for a second database connection while the operation
 * holds one. Errors are logged, never undo the transition.
 */
export type WorkflowNotifier = (payload: Payload, notice: WorkflowNotice, req?: PayloadRequest) => Promise<void>

export type EditorialWorkflowOptions = {
  /** Drafts-enabled collections that go through the workflow. */
  collections: CollectionSlug[]
  /** Checks that need the database, asked on every transition (the compliance gate). */
  gates?: WorkflowGate[]
  /** Pure guards by target state, on top of the state machine's. */
  guards?: WorkflowGuards
  /** Months until published content is due for clinical review again. Default REVIEW_CADENCE_MONTHS, else 12. */
  reviewCadenceMonths?: number
  /** Days a review stage is due after it starts (default: clinical review 3, compliance review 2). */
  reviewDueDays?: Partial<Record<ReviewStage, number>>
  /** Who hears about transitions: emails to the next actors by default; `false` for none. */
  notify?: WorkflowNotifier | false
  /** Who may read workflow state and history; default: a user with at least one role. */
  isStaff?: (user: PayloadRequest['user']) => boolean
  /** The users collection the audit trail and reviewer fields point at. Default: `config.admin.user`. */
  usersCollection?: CollectionSlug
  /**
   * Top-level fields that are records about a document rather than its content (testimonial consent),
   * by collection: they may be changed in any state, over the API, without reopening the document.
   */
  editableInAnyState?: Partial<Record<CollectionSlug, string[]>>
}

export type WorkflowSettings = {
  collections: CollectionSlug[]
  gates: WorkflowGate[]
  guards: WorkflowGuards
  reviewCadenceMonths: number
  reviewDueDays: Partial<Record<ReviewStage, number>>
  notify: WorkflowNotifier | false
  isStaff: (user: PayloadRequest['user']) => boolean
  usersCollection: CollectionSlug
  editableInAnyState: Partial<Record<CollectionSlug, string[]>>
}

/** Where the plugin keeps its settings in the config; read only through `workflowSettings`. */
const SETTINGS_KEY = 'editorialWorkflow'

export const withWorkflowSettings = (custom: Record<string, unknown> | undefined, settings: WorkflowSettings) => ({
  ...custom,
  [SETTINGS_KEY]: settings,
})

/** The installed workflow's settings; throws when the plugin is not installed. */
export const workflowSettings = (config: Pick<SanitizedConfig, 'custom'>): WorkflowSettings => {
  const settings = config.custom?.[SETTINGS_KEY] as WorkflowSettings | undefined
  if (!settings) throw new Error('The editorial workflow plugin is not installed in this Payload config.')
  return settings
}

export const isWorkflowCollection = (
  config: Pick<SanitizedConfig, 'custom'>,
  value: unknown,
): value is CollectionSlug =>
  typeof value === 'string' && (workflowSettings(config).collections as string[]).includes(value)

/** The option, else REVIEW_CADENCE_MONTHS, else 12. */
export const reviewCadenceMonths = (option?: number): number => {
  for (const candidate of [option, process.env.REVIEW_CADENCE_MONTHS]) {
    const months = Number(candidate)
    if (Number.isInteger(months) && months > 0) return months
  }
  return 12
}

export const addMonths = (date: Date, months: number): Date => {
  const result = new Date(date)
  result.setUTCMonth(result.getUTCMonth() + months)
  return result
}
