import type { Payload } from 'payload'

/** A document's title as the admin shows it: the field its collection names in `admin.useAsTitle`. */
export const documentTitle = (payload: Payload, collection: string, doc: { id: number | string }): string => {
  const field = payload.collections[collection as keyof typeof payload.collections]?.config.admin.useAsTitle
  const value = field ? (doc as Record<string, unknown>)[field] : undefined
  return typeof value === 'string' && value.trim() ? value : `#${doc.id}`
}
