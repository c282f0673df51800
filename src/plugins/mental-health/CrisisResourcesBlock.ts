import type { Block } from 'payload'

import { CRISIS_BLOCK_SLUG } from './defaults'

/** Placed in the body by editors; frontends render the current crisis resources global there. */
export const CrisisResourcesBlock: Block = {
  slug: CRISIS_BLOCK_SLUG,
  interfaceName: 'CrisisResourcesBlock',
  labels: { singular: 'Crisis resources', plural: 'Crisis resources' },
  fields: [
    {
      name: 'variant',
      type: 'select',
      defaultValue: 'full',
      options: [
        { label: 'Full (all resources)', value: 'full' },
        { label: 'Compact (one line)', value: 'compact' },
      ],
    },
  ],
}
