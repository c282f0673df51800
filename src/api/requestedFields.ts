/**
 * Read-time fields (virtual fields filled by afterRead hooks: a byline, sources, JSON-LD, reading
 * time, a category's article count…) look things up on every read. A GraphQL request gets only the
 * fields it names, so the ones it does not name need not be computed at all: the GraphQL guard tells
 * Payload's read operations which field names the document mentions, and a beforeOperation hook
 * leaves every other read-time field out of the read (Payload's `select`, exclude mode). Stored
 * fields are always read, so a hook that is run still sees everything it depends on.
 *
 * The names travel in a request header that the guard always sets on GraphQL requests, replacing
 * whatever a client sent; the hook reads it for GraphQL reads only.
 */
import { visit, type DocumentNode } from 'graphql'
import type { CollectionBeforeOperationHook, CollectionConfig, Config, Field } from 'payload'

export const REQUESTED_FIELDS_HEADER = 'x-vetted-graphql-fields'

/** Every field name a GraphQL document mentions, in any operation or fragment, at any depth. */
export const fieldNamesIn = (document: DocumentNode): string[] => {
  const names = new Set<string>()
  visit(document, { Field: (node) => void names.add(node.name.value) })
  return [...names]
}

/** Headers carrying the field names a GraphQL document mentions (whatever a client sent under that name is replaced). */
export const withFieldNames = (incoming: Headers, document: DocumentNode): Headers => {
  const headers = new Headers(incoming)
  headers.set(REQUESTED_FIELDS_HEADER, fieldNamesIn(document).join(','))
  return headers
}

/** Top-level virtual fields that a hook computes on read (a virtual path into a relation is a join, not a lookup). */
const computedFieldNames = (collection: CollectionConfig): string[] =>
  collection.fields.flatMap((field: Field) =>
    'name' in field && 'virtual' in field && field.virtual === true && (field.hooks?.afterRead?.length ?? 0) > 0
      ? [field.name]
      : [],
  )

const skipUnrequestedComputedFields =
  (computed: string[]): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation !== 'read' || req.payloadAPI !== 'GraphQL' || args.select) return args
    const header = req.headers.get(REQUESTED_FIELDS_HEADER)
    if (header === null) return args
    const named = new Set(header.split(','))
    const skipped = computed.filter((name) => !named.has(name))
    return skipped.length ? { ...args, select: Object.fromEntries(skipped.map((name) => [name, false])) } : args
  }

/** Adds the hook to every collection with read-time fields. Installed after the plugins that add them. */
export const computeOnlyRequestedFields =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      const computed = computedFieldNames(collection)
      return computed.length
        ? {
            ...collection,
            hooks: {
              ...collection.hooks,
              beforeOperation: [...(collection.hooks?.beforeOperation ?? []), skipUnrequestedComputedFields(computed)],
            },
          }
        : collection
    }),
  })
