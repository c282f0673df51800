import {
  ValidationError,
  type CollectionBeforeOperationHook,
  type Config,
  type GlobalBeforeOperationHook,
  type PayloadRequest,
  type Plugin,
} from 'payload'

import { ClientError } from '../clientError'

import { shapeErrors } from './dataShape'
import { withDefaultMaxLengths } from './fieldLimits'
import { sortProblem, whereProblem } from './whereOperators'

type Owner = Parameters<typeof whereProblem>[1]

const fieldsOf = (req: PayloadRequest) => (slug: string) =>
  req.payload.collections[slug as keyof typeof req.payload.collections]?.config.flattenedFields

const refuseUnrunnableWhere = (where: unknown, owner: Owner, req: PayloadRequest) => {
  if (where === undefined) return
  const problem = whereProblem(where, owner, fieldsOf(req))
  if (problem) throw new ClientError(problem, 400)
}

const refuseUnrunnableSort = (sort: unknown, owner: Owner, req: PayloadRequest) => {
  if (sort === undefined) return
  const problem = sortProblem(sort, owner, fieldsOf(req))
  if (problem) throw new ClientError(problem, 400)
}

/**
 * Before any collection operation: a `where` or `sort` PostgreSQL cannot run, or data whose fields have the
 * wrong JSON type, is refused with a 400 that names the field; nothing is read or written.
 */
export const rejectMalformedInput: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  // The boundary is REST and GraphQL: server code calling the Local API is trusted to pass what
  // Payload expects (Dates, internal shapes), and the admin's own queries must keep working.
  if (req.payloadAPI === 'local') return args
  const { where, sort, data } = args as { where?: unknown; sort?: unknown; data?: unknown }
  refuseUnrunnableWhere(where, collection, req)
  refuseUnrunnableSort(sort, collection, req)
  if ((operation === 'create' || operation === 'update') && data !== undefined) {
    if (!data || typeof data !== 'object' || Array.isArray(data))
      throw new ClientError('Send the document as a JSON object.', 400)
    const errors = shapeErrors(data as Record<string, unknown>, collection.flattenedFields)
    if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req })
  }
  return args
}

/** The same for a global's updates and version queries. */
export const rejectMalformedGlobalInput: GlobalBeforeOperationHook = ({ args, global, operation, req }) => {
  if (req.payloadAPI === 'local') return args
  const { where, data } = (args ?? {}) as { where?: unknown; data?: unknown }
  refuseUnrunnableWhere(where, global, req)
  if (operation === 'update' && data && typeof data === 'object' && !Array.isArray(data)) {
    const errors = shapeErrors(data as Record<string, unknown>, global.flattenedFields)
    if (errors.length) throw new ValidationError({ global: global.slug, errors, req })
  }
  return args
}

/**
 * Input checks for every collection and global: maximum lengths on text fields that set none (in
 * the config, so the admin and the schema know them), and the operation hook above, added at init
 * so that it also covers the collections Payload adds itself (preferences, locked documents, jobs).
 */
export const inputChecks =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      fields: withDefaultMaxLengths(collection.fields),
    })),
    globals: (config.globals ?? []).map((global) => ({ ...global, fields: withDefaultMaxLengths(global.fields) })),
    onInit: async (payload) => {
      for (const { config: collection } of Object.values(payload.collections)) {
        const hooks = (collection.hooks.beforeOperation ??= [])
        if (!hooks.includes(rejectMalformedInput)) hooks.unshift(rejectMalformedInput)
      }
      for (const global of payload.globals.config) {
        const hooks = (global.hooks.beforeOperation ??= [])
        if (!hooks.includes(rejectMalformedGlobalInput)) hooks.unshift(rejectMalformedGlobalInput)
      }
      await config.onInit?.(payload)
    },
  })
