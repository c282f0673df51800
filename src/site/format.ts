/** Dates as readers read them, in one fixed time zone so server and browser agree. */
export const formatDate = (iso: string): string =>
  new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(iso),
  )
