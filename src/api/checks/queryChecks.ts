import {
  APIError,
  type CollectionBeforeOperationHook,
  type Config,
  type GlobalBeforeOperationHook,
  type PayloadRequest,
  type Plugin,
} from 'payload'

import { whereProblem } from './whereOperators'

const refuseUnrunnable = (
  args: { where?: unknown } | undefined,
  owner: Parameters<typeof whereProblem>[1],
  req: PayloadRequest,
) => {
  if (args?.where === undefined) return
  const problem = whereProblem(
    args.where,
    owner,
    (slug) => req.payload.collections[slug as keyof typeof req.payload.collections]?.config.flattenedFields,
  )
  if (problem) throw new APIError(problem, 400, undefined, true)
}

/** Refuses, with a 400 naming the field and operator, a `where` that PostgreSQL cannot run. */
export const rejectUnrunnableWhere: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  refuseUnrunnable(args as { where?: unknown }, collection, req)
  return args
}

/** The same for a global's versions. */
export const rejectUnrunnableGlobalWhere: GlobalBeforeOperationHook = ({ args, global, req }) => {
  refuseUnrunnable(args as { where?: unknown }, global, req)
  return args
}

/**
 * Adds the query checks to every collection and global, including those Payload adds itself
 * (preferences, locked documents, jobs), which exist only once the config is sanitized: hence
 * at init rather than in the config.
 */
export const queryChecks =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    onInit: async (payload) => {
      for (const { config: collection } of Object.values(payload.collections)) {
        const hooks = (collection.hooks.beforeOperation ??= [])
        if (!hooks.includes(rejectUnrunnableWhere)) hooks.unshift(rejectUnrunnableWhere)
      }
      for (const global of payload.globals.config) {
        const hooks = (global.hooks.beforeOperation ??= [])
        if (!hooks.includes(rejectUnrunnableGlobalWhere)) hooks.unshift(rejectUnrunnableGlobalWhere)
      }
      await config.onInit?.(payload)
    },
  })
