import { APIError, type CollectionConfig } from 'payload'

import { staffOnly, userHasRole } from '../access'
import { EVIDENCE_LEVELS } from '../defaults'

/** What substantiates a claim. Public, so frontends can list an article's sources. */
export const Sources: CollectionConfig = {
  slug: 'sources',
  admin: {
    useAsTitle: 'title',
    group: 'Compliance',
    defaultColumns: ['title', 'publisher', 'year', 'evidenceLevel', 'retracted'],
  },
  access: {
    read: () => true,
    create: staffOnly,
    update: ({ req: { user } }) => userHasRole(user, 'compliance', 'clinical-reviewer', 'editor'),
    delete: ({ req: { user } }) => userHasRole(user, 'compliance'),
  },
  hooks: {
    beforeValidate: [
      ({ data }) => {
        if (data && !data.url && !data.doi) throw new APIError('A source needs a URL or a DOI.', 400, undefined, true)
        return data
      },
    ],
  },
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      name: 'url',
      type: 'text',
      label: 'URL',
      validate: (value: unknown) => !value || /^https?:\/\/\S+$/i.test(String(value)) || 'Enter an http(s) URL.',
    },
    {
      name: 'doi',
      type: 'text',
      label: 'DOI',
      validate: (value: unknown) =>
        !value || /^10\.\d{4,9}\/\S+$/.test(String(value)) || 'Enter a DOI such as 10.1001/jama.2020.1234.',
    },
    { name: 'publisher', type: 'text' },
    { name: 'year', type: 'number', min: 1800, max: 2100 },
    { name: 'evidenceLevel', type: 'select', required: true, defaultValue: 'other', options: EVIDENCE_LEVELS },
    {
      name: 'retracted',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Retracted sources substantiate nothing.' },
    },
  ],
}
