import { APIError, type CollectionBeforeChangeHook, type CollectionConfig, type CollectionSlug } from 'payload'

import { CLAIM_TYPES } from '../analysis/types'
import { complianceOnly, nobody, staffOnly } from '../access'
import { CLAIM_STATUSES } from '../defaults'

/** Who decided and when, stamped whenever compliance changes a claim's status. */
const stampDecision: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const sources = (data.sources ?? originalDoc?.sources ?? []) as unknown[]
  if (operation === 'update' && data.status === 'approved' && originalDoc?.status !== 'approved' && !sources.length)
    throw new APIError(
      'Attach a source before approving this claim: an approved claim is published with its source.',
      400,
      undefined,
      true,
    )
  if (
    operation === 'update' &&
    data.status &&
    data.status !== originalDoc?.status &&
    ['approved', 'rejected'].includes(data.status)
  ) {
    return { ...data, decidedBy: req.user?.id ?? null, decidedAt: new Date().toISOString() }
  }
  return data
}

/**
 * One record per claim the analysis found in a document, matched across edits by fingerprint.
 * Written by the plugin; compliance decides status and attaches sources.
 */
export const claimsCollection = (documentCollections: string[], usersCollection: CollectionSlug): CollectionConfig => ({
  slug: 'claims',
  admin: {
    useAsTitle: 'text',
    group: 'Compliance',
    defaultColumns: ['text', 'type', 'status', 'document', 'sources'],
    description: 'The claims queue: filter by status "pending" to see what needs a decision.',
  },
  access: { read: staffOnly, create: nobody, update: complianceOnly, delete: nobody },
  hooks: { beforeChange: [stampDecision] },
  fields: [
    {
      name: 'document',
      type: 'relationship',
      relationTo: documentCollections as CollectionSlug[],
      required: true,
      index: true,
      admin: { readOnly: true },
    },
    { name: 'text', type: 'textarea', required: true, admin: { readOnly: true } },
    { name: 'type', type: 'select', required: true, options: [...CLAIM_TYPES], admin: { readOnly: true } },
    {
      name: 'reason',
      type: 'text',
      admin: { readOnly: true, description: 'What the analysis saw that makes this sentence a claim.' },
    },
    {
      name: 'confidence',
      type: 'number',
      min: 0,
      max: 1,
      admin: { readOnly: true, description: 'How sure the analysis is (0 to 1).' },
    },
    { name: 'fingerprint', type: 'text', required: true, index: true, admin: { readOnly: true } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [...CLAIM_STATUSES],
    },
    { name: 'sources', type: 'relationship', relationTo: 'sources', hasMany: true },
    { name: 'note', type: 'textarea' },
    { name: 'decidedBy', type: 'relationship', relationTo: usersCollection, admin: { readOnly: true } },
    { name: 'decidedAt', type: 'date', admin: { readOnly: true } },
  ],
})
