import type { GlobalConfig } from 'payload'

import { complianceOnly } from './access'
import { DEFAULT_CRISIS_HEADING } from './defaults'
import type { CrisisResource } from './types'

/** The one, central, versioned text of the crisis resources every crisis block shows. */
export const crisisResourcesGlobal = (defaults: CrisisResource[]): GlobalConfig => ({
  slug: 'crisis-resources',
  admin: { group: 'Compliance' },
  access: { read: () => true, update: complianceOnly },
  versions: { max: 50 },
  fields: [
    { name: 'heading', type: 'text', required: true, defaultValue: DEFAULT_CRISIS_HEADING },
    {
      name: 'resources',
      type: 'array',
      required: true,
      minRows: 1,
      defaultValue: defaults,
      fields: [
        { name: 'label', type: 'text', required: true },
        { name: 'detail', type: 'text', required: true },
        { name: 'href', type: 'text' },
      ],
    },
    { name: 'reviewedAt', type: 'date', admin: { description: 'When the numbers and links were last checked.' } },
  ],
})
