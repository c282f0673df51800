/** `?page=N` of a listing: a whole number from 1, 1 when absent, null when malformed (no such page). */
export const pageNumber = (value: string | string[] | undefined): number | null => {
  if (value === undefined) return 1
  return typeof value === 'string' && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null
}
