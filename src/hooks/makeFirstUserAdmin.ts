import type { CollectionBeforeChangeHook } from 'payload'

/** The account created on an empty installation (the admin's "create first user" screen) becomes an admin. */
export const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  return data
}
