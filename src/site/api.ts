/**
 * The reference site reads Vetted exactly as an external frontend would: plain `fetch` against the
 * public GraphQL endpoint. Nothing here imports Payload.
 */

/** Where the site's server reaches the API. Never derived from the request's Host header (that would let a client point it elsewhere). */
export const apiOrigin = (): string =>
  (
    process.env.VETTED_API_URL ||
    process.env.NEXT_PUBLIC_SERVER_URL ||
    `http://127.0.0.1:${process.env.PORT || 3000}`
  ).replace(/\/$/, '')

/**
 * How long Next may keep a page or a read before refreshing it in the background; the app empties
 * the cache at once whenever public content changes, so this only bounds what a CDN keeps.
 */
export const PAGE_REVALIDATE_SECONDS = 60

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
    this.name = 'GraphQLRequestError'
  }
}

type GraphQLAnswer<T> = { data?: T; errors?: { message: string }[] }

type Options = {
  /** A signed-in staff member's token: the request is sent with it (and never cached publicly). */
  token?: string
}

/**
 * Runs a GraphQL query. Anonymous queries go over GET, so Vetted's public cache (ETag, s-maxage)
 * serves them; queries with a token go over POST with `Authorization: JWT …`.
 */
export const graphqlQuery = async <T>(
  query: string,
  variables: Record<string, unknown> = {},
  { token }: Options = {},
): Promise<T> => {
  const endpoint = `${apiOrigin()}/api/graphql`
  const compact = query.replace(/\s+/g, ' ').trim()
  const response = token
    ? await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({ query: compact, variables }),
        cache: 'no-store',
      })
    : await fetch(`${endpoint}?${new URLSearchParams({ query: compact, variables: JSON.stringify(variables) })}`, {
        next: { revalidate: PAGE_REVALIDATE_SECONDS },
      })

  const answer = (await response.json().catch(() => ({}))) as GraphQLAnswer<T>
  if (!response.ok || answer.errors?.length || !answer.data) {
    throw new GraphQLRequestError(
      answer.errors?.map((error) => error.message).join('; ') || `GraphQL answered ${response.status}`,
      response.status,
    )
  }
  return answer.data
}
