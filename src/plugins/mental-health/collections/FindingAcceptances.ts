import { APIError, type CollectionConfig, type CollectionSlug } from 'payload'

import { complianceOnly, nobody, staffOnly } from '../access'

/**
 * Compliance accepting a blocking language finding, with a written reason. Append-only: this is
 * the audit trail of such overrides.
 */
export const findingAcceptancesCollection = (
  documentCollections: string[],
  usersCollection: CollectionSlug,
): CollectionConfig => ({
  slug: 'finding-acceptances',
  admin: { group: 'Compliance', defaultColumns: ['document', 'rule', 'text', 'reason', 'acceptedBy', 'createdAt'] },
  access: { read: staffOnly, create: complianceOnly, update: nobody, delete: nobody },
  hooks: {
    beforeChange: [
      ({ data, operation, req }) => {
        if (operation !== 'create') throw new APIError('Accepted findings are append-only.', 403, undefined, true)
        return { ...data, acceptedBy: req.user?.id ?? null }
      },
    ],
    beforeDelete: [
      ({ req }) => {
        // They go only with their document (hooks/deleteDocumentRecords.ts).
        if (req.context.deletingDocumentRecords) return
        throw new APIError('Accepted findings are append-only.', 403, undefined, true)
      },
    ],
  },
  fields: [
    {
      name: 'document',
      type: 'relationship',
      relationTo: documentCollections as CollectionSlug[],
      required: true,
      index: true,
    },
    { name: 'rule', type: 'text', required: true },
    { name: 'text', type: 'text', required: true, admin: { description: 'The flagged words, as found.' } },
    { name: 'reason', type: 'textarea', required: true, minLength: 10 },
    { name: 'acceptedBy', type: 'relationship', relationTo: usersCollection, admin: { readOnly: true } },
  ],
  timestamps: true,
})
