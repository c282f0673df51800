import { type Access, type CollectionConfig } from 'payload'

import { WorkflowError } from '../errors'
import { STATE_LABELS, WORKFLOW_STATES } from '../machine'
import type { WorkflowSettings } from '../settings'

const nobody: Access = () => false

const appendOnly = () => {
  throw new WorkflowError('Workflow events are append-only: they cannot be changed or deleted.', 403)
}

/** The audit trail: one event per transition or assignment, written by the workflow in the same transaction. */
export const workflowEventsCollection = ({
  collections,
  isStaff,
  usersCollection,
}: Pick<WorkflowSettings, 'collections' | 'isStaff' | 'usersCollection'>): CollectionConfig => ({
  slug: 'workflow-events',
  admin: {
    group: 'Administration',
    defaultColumns: ['document', 'kind', 'from', 'to', 'actor', 'assignee', 'createdAt'],
    description: 'Every workflow transition, assignment and overdue notice, append-only.',
  },
  access: { read: ({ req }) => isStaff(req.user), create: nobody, update: nobody, delete: nobody },
  hooks: {
    // Also holds for trusted server code that bypasses access control.
    beforeChange: [({ operation, data }) => (operation === 'update' ? appendOnly() : data)],
    beforeDelete: [appendOnly],
  },
  fields: [
    { name: 'document', type: 'relationship', relationTo: [...collections], required: true, index: true },
    {
      name: 'from',
      type: 'select',
      required: true,
      options: WORKFLOW_STATES.map((value) => ({ value, label: STATE_LABELS[value] })),
    },
    {
      name: 'to',
      type: 'select',
      required: true,
      options: WORKFLOW_STATES.map((value) => ({ value, label: STATE_LABELS[value] })),
    },
    {
      name: 'actor',
      type: 'relationship',
      relationTo: usersCollection,
      admin: { description: 'Empty for the scheduler.' },
    },
    { name: 'role', type: 'text', required: true },
    { name: 'comment', type: 'textarea', maxLength: 5000 },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'transition',
      options: [
        { value: 'transition', label: 'Transition' },
        { value: 'assignment', label: 'Assignment' },
        { value: 'overdue', label: 'Overdue notice' },
      ],
    },
    {
      name: 'assignee',
      type: 'relationship',
      relationTo: usersCollection,
      admin: { description: 'For assignments: who the review stage went to (empty: unassigned).' },
    },
    { name: 'dueAt', type: 'date' },
  ],
  timestamps: true,
})
