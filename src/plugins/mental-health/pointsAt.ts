import type { Where } from 'payload'

/**
 * The records whose polymorphic `document` relationship points at one document (claims, accepted
 * findings, workflow events, edit locks all use this shape). Add more conditions with `and`.
 */
export const pointsAt = (collection: string, id: number | string, ...and: Where[]): Where => ({
  and: [{ 'document.relationTo': { equals: collection } }, { 'document.value': { equals: id } }, ...and],
})
