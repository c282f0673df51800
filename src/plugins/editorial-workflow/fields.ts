import type { Field, FieldAccess } from 'payload'

import { STATE_LABELS, WORKFLOW_STATES } from './machine'
import type { WorkflowSettings } from './settings'

/**
 * Fields only the workflow writes. Clients may send them, but `trackEdits` puts back the stored
 * values on every write that is not a transition (field access could not: it would also stop the
 * workflow's own hooks).
 */
export const WORKFLOW_MANAGED_FIELDS = [
  'workflowState',
  'lastEditedBy',
  'publishAt',
  'reviewedBy',
  'reviewerCredentials',
  'lastReviewedAt',
  'nextReviewDue',
  'reviewOverdue',
  'assignedTo',
  'dueAt',
  'overdueNoticeAt',
] as const

const readOnlySidebar = { position: 'sidebar', readOnly: true } as const

/** The workflow panel: state, actions, assignment, changes since review, history. */
export const workflowPanelField = (): Field => ({
  name: 'workflowPanel',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/plugins/editorial-workflow/components/WorkflowPanel#WorkflowPanel' },
  },
})

export const workflowFields = ({ isStaff, usersCollection }: WorkflowSettings): Field[] => {
  const isStaffField: FieldAccess = ({ req }) => isStaff(req.user)
  return [
    {
      name: 'workflowState',
      type: 'select',
      defaultValue: 'draft',
      index: true,
      options: WORKFLOW_STATES.map((value) => ({ value, label: STATE_LABELS[value] })),
      // The workflow panel shows the state: one status in the form, not two. Lists and filters keep it.
      admin: { ...readOnlySidebar, condition: () => false },
    },
    {
      name: 'lastEditedBy',
      type: 'relationship',
      relationTo: usersCollection,
      access: { read: isStaffField },
      admin: { ...readOnlySidebar, description: 'Who last changed the content; they cannot sign it off.' },
    },
    {
      name: 'publishAt',
      type: 'date',
      access: { read: isStaffField },
      admin: {
        ...readOnlySidebar,
        date: { pickerAppearance: 'dayAndTime' },
        condition: (data) => Boolean(data?.publishAt),
      },
    },
    // The review stage's assignment; the workflow panel shows and changes it (assignDocument).
    {
      name: 'assignedTo',
      type: 'relationship',
      relationTo: usersCollection,
      index: true,
      access: { read: isStaffField },
      admin: { ...readOnlySidebar, condition: () => false },
    },
    {
      name: 'dueAt',
      type: 'date',
      index: true,
      access: { read: isStaffField },
      admin: { ...readOnlySidebar, condition: () => false },
    },
    // When the assignee was told the stage is overdue: once per due date.
    { name: 'overdueNoticeAt', type: 'date', access: { read: isStaffField }, admin: { hidden: true } },
    {
      type: 'collapsible',
      label: 'Clinical review',
      admin: { position: 'sidebar' },
      fields: [
        {
          name: 'reviewedBy',
          type: 'relationship',
          relationTo: usersCollection,
          admin: { readOnly: true },
        },
        { name: 'reviewerCredentials', type: 'text', admin: { readOnly: true } },
        { name: 'lastReviewedAt', type: 'date', admin: { readOnly: true } },
        { name: 'nextReviewDue', type: 'date', admin: { readOnly: true } },
        {
          name: 'reviewOverdue',
          type: 'checkbox',
          defaultValue: false,
          index: true,
          access: { read: isStaffField },
          admin: { readOnly: true },
        },
      ],
    },
  ]
}
