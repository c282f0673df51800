/** The collections that go through the editorial workflow. */
export const WORKFLOW_COLLECTIONS = ['articles', 'faqs', 'testimonials'] as const

export type WorkflowCollection = (typeof WORKFLOW_COLLECTIONS)[number]

export const isWorkflowCollection = (value: unknown): value is WorkflowCollection =>
  typeof value === 'string' && (WORKFLOW_COLLECTIONS as readonly string[]).includes(value)
