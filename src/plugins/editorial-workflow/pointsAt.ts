import type { Where } from 'payload'

/**
 * The records whose polymorphic `document` relationship points at one document (workflow events,
 * edit locks, claims). The compliance plugin has its own copy: it installs without this app.
 */
export const pointsAt = (collection: string, id: number | string, ...and: Where[]): Where => ({
  and: [{ 'document.relationTo': { equals: collection } }, { 'document.value': { equals: id } }, ...and],
})
