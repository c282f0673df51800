/**
 * Automatic persisted queries, the convention of Apollo Client, urql and graphql-request: a client
 * sends `extensions.persistedQuery.sha256Hash` instead of the document; when this server does not
 * know the hash it answers PERSISTED_QUERY_NOT_FOUND, and the client sends the document once with
 * its hash. Short, stable GET URLs then reach the public cache and any CDN in front of it.
 *
 * The documents are kept per process (bounded): another instance that has not seen a hash answers
 * "not found" once and learns it from the client's retry, as the protocol intends.
 */
import { createHash } from 'crypto'

const MAX_DOCUMENTS = 5000
/** Longer documents are answered but not kept, so that the store stays small whatever clients send. */
const MAX_KEPT_LENGTH = 20_000
const documents = new Map<string, string>()

export type PersistedQuery =
  /** No persisted-query extension: the request carries its document as usual. */
  { kind: 'none' } | { kind: 'document'; query: string } | { kind: 'refused'; response: Response }

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** The answer clients expect for an unknown hash: 200 with this error, never cached. */
const notFound = () =>
  Response.json(
    { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] },
    { status: 200, headers: { 'cache-control': 'no-store' } },
  )

const refused = (message: string) =>
  ({ kind: 'refused', response: Response.json({ errors: [{ message }] }, { status: 400 }) }) as const

/**
 * The document a request stands for: its own, checked against the hash it registers, or the one
 * registered earlier under its hash.
 */
export const resolvePersistedQuery = (query: unknown, extensions: unknown): PersistedQuery => {
  if (extensions === undefined || extensions === null) return { kind: 'none' }
  if (typeof extensions !== 'object' || Array.isArray(extensions)) return refused('"extensions" must be a JSON object.')
  const persisted = (extensions as { persistedQuery?: unknown }).persistedQuery
  if (persisted === undefined) return { kind: 'none' }
  const { version, sha256Hash } = (persisted ?? {}) as { version?: unknown; sha256Hash?: unknown }
  if (version !== 1 || typeof sha256Hash !== 'string' || !/^[0-9a-f]{64}$/.test(sha256Hash))
    return refused('"extensions.persistedQuery" must be {"version": 1, "sha256Hash": "<64 lower-case hex digits>"}.')
  if (typeof query === 'string' && query !== '') {
    if (sha256(query) !== sha256Hash) return refused('"sha256Hash" is not the SHA-256 of "query".')
    if (!documents.has(sha256Hash) && query.length <= MAX_KEPT_LENGTH) {
      if (documents.size >= MAX_DOCUMENTS) documents.delete(documents.keys().next().value!)
      documents.set(sha256Hash, query)
    }
    return { kind: 'document', query }
  }
  const known = documents.get(sha256Hash)
  return known ? { kind: 'document', query: known } : { kind: 'refused', response: notFound() }
}
