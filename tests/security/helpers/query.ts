/** Writes a nested object as a bracketed query string, the way REST clients (and qs) send `where`. */
export const toQueryString = (value: unknown, prefix: string): string[] => {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => toQueryString(inner, `${prefix}[${key}]`))
  }
  return [`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`]
}

export const whereQuery = (where: unknown) => toQueryString(where, 'where').join('&')
