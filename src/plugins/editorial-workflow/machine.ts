/**
 * The editorial workflow: one state machine, one table of transitions. Everything else (the
 * transition API, the GraphQL mutation, the admin panel, the jobs, the guards of the write paths)
 * reads this table. Pure: knows nothing of Payload.
 */

export const WORKFLOW_STATES = [
  'draft',
  'in_review',
  'changes_requested',
  'compliance_review',
  'approved',
  'scheduled',
  'published',
  'archived',
] as const

export type WorkflowState = (typeof WORKFLOW_STATES)[number]

export const STATE_LABELS: Record<WorkflowState, string> = {
  draft: 'Draft',
  in_review: 'In clinical review',
  changes_requested: 'Changes requested',
  compliance_review: 'In compliance review',
  approved: 'Approved',
  scheduled: 'Scheduled',
  published: 'Published',
  archived: 'Archived',
}

/** `system` is the scheduler: jobs act under it, never a person. */
export type WorkflowRole = 'admin' | 'editor' | 'clinical-reviewer' | 'compliance' | 'moderator' | 'system'

export type Actor = { id: number | string | null; roles: readonly string[] }

export type TransitionContext = {
  from: WorkflowState
  to: WorkflowState
  actor: Actor
  /** Who last changed the document's content (four-eyes). */
  lastEditedBy?: number | string | null
  comment?: string
  publishAt?: Date
  now: Date
  /** Whether a version of the document is live (published), whatever its working draft is. */
  hasLiveVersion?: boolean
}

/** A guard returns why the transition may not happen (one reason or several), or nothing when it may. */
export type Guard = (context: TransitionContext) => GuardResult | Promise<GuardResult>
type GuardResult = string | string[] | undefined

export type Transition = {
  from: WorkflowState
  to: WorkflowState
  /** The verb shown on buttons and in notifications. */
  action: string
  roles: readonly WorkflowRole[]
  guards: readonly Guard[]
  /** Whether the actor must explain themselves. */
  requiresComment?: boolean
  /** What the admin asks the person to confirm before the transition (its consequences). */
  confirm?: string
}

export const commentRequired: Guard = ({ comment }) =>
  comment?.trim() ? undefined : 'a comment explaining what must change'

/** Nobody signs off or approves content they last edited. */
export const fourEyes: Guard = ({ actor, lastEditedBy }) =>
  actor.id !== null && lastEditedBy !== null && lastEditedBy !== undefined && String(actor.id) === String(lastEditedBy)
    ? 'a different person: you made the last edit, so someone else must sign off (four-eyes rule)'
    : undefined

export const publishDateInFuture: Guard = ({ publishAt, now }) => {
  if (!publishAt || Number.isNaN(publishAt.getTime())) return 'a publishAt date for the scheduled publication'
  return publishAt.getTime() > now.getTime() ? undefined : 'a publishAt date in the future'
}

/** Taking down needs something live to take down. */
export const liveVersion: Guard = ({ hasLiveVersion }) =>
  hasLiveVersion ? undefined : 'a live (published) version to take down'

const EDITORS = ['editor', 'admin'] as const

/** The only states in which the content may be edited; past them it is read-only until reopened. */
export const EDITABLE_STATES: readonly WorkflowState[] = ['draft', 'changes_requested']
const REOPENABLE = ['in_review', 'compliance_review', 'approved', 'scheduled', 'published'] as const
const REVIEWERS = ['clinical-reviewer', 'admin'] as const
const COMPLIANCE = ['compliance', 'admin'] as const

export const TRANSITIONS: readonly Transition[] = [
  { from: 'draft', to: 'in_review', action: 'Submit for clinical review', roles: EDITORS, guards: [] },
  { from: 'changes_requested', to: 'in_review', action: 'Resubmit for clinical review', roles: EDITORS, guards: [] },
  { from: 'in_review', to: 'compliance_review', action: 'Sign off clinically', roles: REVIEWERS, guards: [fourEyes] },
  {
    from: 'in_review',
    to: 'changes_requested',
    action: 'Request changes',
    roles: REVIEWERS,
    guards: [commentRequired],
    requiresComment: true,
  },
  { from: 'compliance_review', to: 'approved', action: 'Approve', roles: COMPLIANCE, guards: [fourEyes] },
  {
    from: 'compliance_review',
    to: 'changes_requested',
    action: 'Request changes',
    roles: COMPLIANCE,
    guards: [commentRequired],
    requiresComment: true,
  },
  { from: 'approved', to: 'published', action: 'Publish', roles: COMPLIANCE, guards: [] },
  { from: 'approved', to: 'scheduled', action: 'Schedule', roles: COMPLIANCE, guards: [publishDateInFuture] },
  { from: 'scheduled', to: 'published', action: 'Publish now', roles: [...COMPLIANCE, 'system'], guards: [] },
  { from: 'scheduled', to: 'approved', action: 'Unschedule', roles: COMPLIANCE, guards: [] },
  // The scheduler archives too: content whose testimonial consent lapsed is taken down automatically.
  { from: 'published', to: 'archived', action: 'Archive', roles: [...COMPLIANCE, 'system'], guards: [] },
  { from: 'archived', to: 'draft', action: 'Reopen as draft', roles: EDITORS, guards: [] },
  // Content past draft is read-only: changing it is this explicit step, which restarts both reviews.
  // A published document's live version stays live until the new draft is published.
  ...REOPENABLE.map((from): Transition => ({
    from,
    to: 'draft',
    action: 'Reopen for editing',
    roles: EDITORS,
    guards: [],
    confirm:
      from === 'published'
        ? 'Start a new draft of this page? The live version stays published; the new draft goes through clinical and compliance review again.'
        : 'Take this back to draft to edit it? Clinical and compliance review start again.',
  })),
  // While an edit of a published document is under way (the working draft is in any other state),
  // its live version can still be taken down at once: for revoked consent, an error, a complaint.
  ...(['draft', 'in_review', 'changes_requested', 'compliance_review', 'approved', 'scheduled'] as const).map(
    (from): Transition => ({
      from,
      to: 'archived',
      action: 'Take down the live version',
      roles: [...COMPLIANCE, 'system'],
      guards: [liveVersion],
    }),
  ),
]

/**
 * States in which an edit of the content invalidates the reviews: the document goes back to draft.
 * People cannot edit in these states (the collection's update access); only trusted server code
 * writing with `overrideAccess` can, and its edit reopens the document, with an event.
 */
export const REOPENED_BY_EDIT: readonly WorkflowState[] = [
  'in_review',
  'compliance_review',
  'approved',
  'scheduled',
  'published',
  'archived',
]

export const isWorkflowState = (value: unknown): value is WorkflowState =>
  typeof value === 'string' && (WORKFLOW_STATES as readonly string[]).includes(value)

export const findTransition = (from: WorkflowState, to: WorkflowState): Transition | undefined =>
  TRANSITIONS.find((transition) => transition.from === from && transition.to === to)

export type Evaluation =
  { allowed: true; transition: Transition } | { allowed: false; status: 400 | 403; message: string; missing: string[] }

const describeRoles = (roles: readonly string[]) => (roles.length ? roles.join(', ') : 'no role')

/**
 * Decides whether `actor` may move a document from `from` to `to`. A refusal names the current
 * state, the actor's roles and everything that is missing.
 */
export const evaluateTransition = async (
  context: TransitionContext,
  extraGuards: readonly Guard[] = [],
): Promise<Evaluation> => {
  const { from, to, actor } = context
  if (!isWorkflowState(to)) {
    return {
      allowed: false,
      status: 400,
      message: `Unknown state "${String(to)}". Known states: ${WORKFLOW_STATES.join(', ')}.`,
      missing: [],
    }
  }
  const transition = findTransition(from, to)
  if (!transition) {
    const options = TRANSITIONS.filter((t) => t.from === from).map((t) => t.to)
    return {
      allowed: false,
      status: 403,
      message: `Cannot move from "${from}" to "${to}". From "${from}" the workflow allows: ${options.join(', ') || 'nothing'}.`,
      missing: [`a transition from ${from} to ${to}`],
    }
  }

  const missing: string[] = []
  if (!actor.roles.some((role) => (transition.roles as readonly string[]).includes(role))) {
    missing.push(`one of the roles ${transition.roles.filter((r) => r !== 'system').join(', ')}`)
  }
  for (const guard of [...transition.guards, ...extraGuards]) {
    const reasons = await guard(context)
    if (reasons) missing.push(...(Array.isArray(reasons) ? reasons : [reasons]))
  }
  if (missing.length === 0) return { allowed: true, transition }
  return {
    allowed: false,
    status: 403,
    message: `"${transition.action}" (${from} → ${to}) is not allowed for ${describeRoles(actor.roles)} while the document is "${from}". Missing: ${missing.join('; ')}.`,
    missing,
  }
}

/** The transitions `actor` could attempt from `state`, by role only (guards are checked on the attempt). */
export const transitionsFor = (state: WorkflowState, actor: Actor): Transition[] =>
  TRANSITIONS.filter(
    (transition) =>
      transition.from === state && actor.roles.some((role) => (transition.roles as readonly string[]).includes(role)),
  )

/** Who must act next when a document enters `state` (for notifications and "waiting for me"). */
export const NEXT_ACTORS: Partial<Record<WorkflowState, WorkflowRole | 'author'>> = {
  in_review: 'clinical-reviewer',
  compliance_review: 'compliance',
  approved: 'compliance',
  changes_requested: 'author',
}

/** States in which each role has something to do. */
export const WAITING_FOR: Record<string, readonly WorkflowState[]> = {
  editor: ['draft', 'changes_requested'],
  'clinical-reviewer': ['in_review'],
  compliance: ['compliance_review', 'approved'],
  admin: ['in_review', 'compliance_review', 'approved'],
}

/** The review stages a person can be assigned to: the role that holds them, and the days allowed by default. */
export const REVIEW_STAGES: Partial<Record<WorkflowState, { role: WorkflowRole; defaultDays: number }>> = {
  in_review: { role: 'clinical-reviewer', defaultDays: 3 },
  compliance_review: { role: 'compliance', defaultDays: 2 },
}

export type ReviewStage = 'in_review' | 'compliance_review'

export const isReviewStage = (state: WorkflowState): state is ReviewStage => state in REVIEW_STAGES

/** Who may assign a stage: an admin, or anyone holding the stage's role (to themselves or a colleague). */
export const mayAssign = (stage: ReviewStage, actor: Actor) =>
  actor.roles.includes('admin') || actor.roles.includes(REVIEW_STAGES[stage]!.role)

/** When a stage entered `now` is due, `days` (or the stage's default) later. */
export const dueDateFor = (stage: ReviewStage, now: Date, days?: number) =>
  new Date(now.getTime() + (days ?? REVIEW_STAGES[stage]!.defaultDays) * 86_400_000)
