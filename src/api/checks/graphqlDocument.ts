/**
 * A GraphQL request checked before Payload's GraphQL handler: the document parses within a token
 * budget, its fragments do not spread into themselves (a cycle would send Payload's complexity
 * count into endless recursion), and its variables are nested no deeper than MAX_JSON_DEPTH.
 */
import { Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql'

import { jsonDepth, MAX_JSON_DEPTH } from './jsonDepth'

/** Tokens in one GraphQL document: far above any real query, far below what slows the parser. */
const MAX_GRAPHQL_TOKENS = 20_000

const spreadsIn = (set: SelectionSetNode | undefined, out: string[] = []): string[] => {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) out.push(selection.name.value)
    else spreadsIn(selection.selectionSet, out)
  }
  return out
}

/** The name of a fragment that reaches itself through spreads, if any. */
const fragmentCycle = (document: DocumentNode): string | null => {
  const spreads = new Map<string, string[]>()
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      spreads.set(definition.name.value, spreadsIn(definition.selectionSet))
  const done = new Set<string>()
  for (const start of spreads.keys()) {
    // Depth-first without recursion: a path that meets one of its own fragments is a cycle.
    const stack: { name: string; path: Set<string> }[] = [{ name: start, path: new Set([start]) }]
    while (stack.length) {
      const { name, path } = stack.pop()!
      for (const next of spreads.get(name) ?? []) {
        if (path.has(next)) return next
        if (!done.has(next)) stack.push({ name: next, path: new Set([...path, next]) })
      }
    }
    done.add(start)
  }
  return null
}

export type GraphqlCheck = { document: DocumentNode } | { problem: string }

export const checkGraphqlRequest = (query: unknown, variables: unknown): GraphqlCheck => {
  if (typeof query !== 'string' || query.trim() === '') return { problem: 'Give the GraphQL document in "query".' }
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: MAX_GRAPHQL_TOKENS })
  } catch (error) {
    const message = error instanceof RangeError ? 'it is nested too deeply' : (error as Error).message
    return { problem: `The GraphQL document does not parse: ${message}` }
  }
  const cycle = fragmentCycle(document)
  if (cycle) return { problem: `Fragment "${cycle}" spreads into itself.` }
  if (variables !== undefined && variables !== null) {
    if (typeof variables !== 'object' || Array.isArray(variables))
      return { problem: '"variables" must be a JSON object.' }
    if (jsonDepth(variables) > MAX_JSON_DEPTH)
      return { problem: `"variables" are nested more than ${MAX_JSON_DEPTH} levels deep.` }
  }
  return { document }
}

/** Over GET only queries may run: refused when any operation in the document is not a query. */
export const nonQueryOperation = (document: DocumentNode): string | null => {
  for (const definition of document.definitions)
    if (definition.kind === Kind.OPERATION_DEFINITION && definition.operation !== 'query') return definition.operation
  return null
}
