import path from 'path'
import type { CollectionConfig } from 'payload'

import { complianceOnly, userHasRole } from '../access'

/** Signed HIPAA marketing authorizations. Never public: not readable, and files served only to compliance. */
export const consentFormsCollection = (staticDir: string): CollectionConfig => ({
  slug: 'consent-forms',
  admin: { group: 'Compliance', useAsTitle: 'filename' },
  access: {
    read: ({ req: { user } }) => userHasRole(user, 'compliance', 'editor'),
    create: ({ req: { user } }) => userHasRole(user, 'compliance', 'editor'),
    update: complianceOnly,
    delete: complianceOnly,
  },
  upload: {
    staticDir: path.resolve(staticDir),
    mimeTypes: ['application/pdf', 'image/*'],
  },
  fields: [{ name: 'description', type: 'text' }],
})
