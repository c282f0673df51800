import type { Field } from 'payload'

import { complianceField, staffField } from '../access'

/** Testimonial consent (HIPAA marketing authorization, 45 CFR 164.508) and FTC disclosures (16 CFR 255). */
export const consentFields = (): Field[] => [
  {
    name: 'consent',
    type: 'group',
    label: 'Consent (never public)',
    access: { read: staffField, update: complianceField, create: complianceField },
    fields: [
      {
        name: 'authorizationOnFile',
        type: 'checkbox',
        defaultValue: false,
        label: 'Signed HIPAA marketing authorization on file',
      },
      { name: 'signedAt', type: 'date' },
      { name: 'scope', type: 'textarea', admin: { description: 'What the person agreed to: channels, uses, edits.' } },
      { name: 'expiresAt', type: 'date' },
      {
        name: 'revokedAt',
        type: 'date',
        admin: { description: 'Set when the person withdraws consent: the testimonial is taken down.' },
      },
      { name: 'form', type: 'upload', relationTo: 'consent-forms', label: 'Signed authorization' },
    ],
  },
  {
    name: 'materialConnection',
    type: 'textarea',
    admin: {
      description:
        'Disclose any payment, free or discounted care, employment or family tie (16 CFR 255.5). Leave empty if none.',
    },
  },
  {
    name: 'generallyExpectedResults',
    type: 'textarea',
    admin: {
      description:
        'What people can generally expect, shown with the testimonial (16 CFR 255.2(b)). Required when it describes outcomes.',
    },
  },
]

type Consent = {
  authorizationOnFile?: boolean | null
  signedAt?: string | null
  expiresAt?: string | null
  revokedAt?: string | null
  form?: unknown
}

/** Why a testimonial's consent is not valid at `now`, if it is not. */
export const consentProblems = (stored: unknown, now = new Date()): string[] => {
  const consent = stored as Consent | null | undefined
  if (!consent?.authorizationOnFile) return ['a signed HIPAA marketing authorization on file']
  const problems: string[] = []
  if (!consent.signedAt) problems.push('the date the authorization was signed')
  if (!consent.form) problems.push('the signed authorization document')
  if (consent.revokedAt && new Date(consent.revokedAt) <= now) problems.push('consent that has not been revoked')
  if (consent.expiresAt && new Date(consent.expiresAt) <= now) problems.push('consent that has not expired')
  return problems
}
