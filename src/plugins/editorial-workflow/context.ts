import type { WorkflowState } from './machine'

/** Flags that server code passes through `req.context` to tell the workflow hooks what is writing. */
declare module 'payload' {
  interface RequestContext {
    /** Set only by `transitionDocument`: this write is a transition the state machine allowed. */
    workflowTransition?: { from: WorkflowState; to: WorkflowState }
    /** Trusted server code that writes outside the workflow (demo seed, review-overdue flag). */
    workflowBypass?: string
    /** Set by `trackEdits` when an edit sent the document back to draft; recorded after the write. */
    workflowReopened?: { from: WorkflowState }
  }
}

export {}
