import type { Field } from 'payload'

import { staffField } from '../access'

/**
 * What the last analysis found, kept on the document for the compliance panel and the gate.
 * Staff only: the public never sees compliance internals.
 */
export const complianceFields = (): Field[] => [
  {
    name: 'compliance',
    type: 'group',
    access: { read: staffField },
    // The compliance panel shows what it means; the raw record stays out of the form.
    admin: { hidden: true, readOnly: true, description: 'Filled by the mental-health analysis on every save.' },
    fields: [
      { name: 'crisisTopic', type: 'checkbox', defaultValue: false },
      { name: 'hasCrisisResources', type: 'checkbox', defaultValue: false },
      { name: 'language', type: 'json', admin: { hidden: true } },
      { name: 'analyzedAt', type: 'date' },
    ],
  },
]
