import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '@/payload-types'

/** Fields readers see with bylines and reviews (and in JSON-LD): every change to them is recorded. */
export const PUBLIC_PROFILE_FIELDS = ['name', 'credentials'] as const

type ProfileChange = NonNullable<User['profileChanges']>[number]

/** Appends who changed a public profile field, when, from what to what (the user's audit trail). */
export const recordProfileChanges: CollectionBeforeChangeHook<User> = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const changes: ProfileChange[] = PUBLIC_PROFILE_FIELDS.filter(
    (field) => field in data && (data[field] ?? null) !== (originalDoc[field] ?? null),
  ).map((field) => ({
    field,
    from: originalDoc[field] ?? null,
    to: data[field] ?? null,
    changedBy: req.user?.id ?? null,
    changedAt: new Date().toISOString(),
  }))
  if (changes.length === 0) return data
  return { ...data, profileChanges: [...(originalDoc.profileChanges ?? []), ...changes] }
}
