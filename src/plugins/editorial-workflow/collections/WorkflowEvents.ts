import { APIError, type CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { nobody } from '@/access/nobody'
import { WORKFLOW_COLLECTIONS } from '@/workflow/collections'
import { STATE_LABELS, WORKFLOW_STATES } from '@/workflow/machine'

const appendOnly = () => {
  throw new APIError('Workflow events are append-only: they cannot be changed or deleted.', 403, undefined, true)
}

/** The audit trail: one event per transition, written by the workflow in the transition's transaction. */
export const WorkflowEvents: CollectionConfig = {
  slug: 'workflow-events',
  admin: {
    group: 'Administration',
    defaultColumns: ['document', 'from', 'to', 'actor', 'role', 'createdAt'],
    description: 'Every workflow transition, append-only.',
  },
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  hooks: {
    // Also holds for trusted server code that bypasses access control.
    beforeChange: [({ operation, data }) => (operation === 'update' ? appendOnly() : data)],
    beforeDelete: [appendOnly],
  },
  fields: [
    { name: 'document', type: 'relationship', relationTo: [...WORKFLOW_COLLECTIONS], required: true, index: true },
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
    { name: 'actor', type: 'relationship', relationTo: 'users', admin: { description: 'Empty for the scheduler.' } },
    { name: 'role', type: 'text', required: true },
    { name: 'comment', type: 'textarea', maxLength: 5000 },
  ],
  timestamps: true,
}
