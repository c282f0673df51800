import type { CollectionBeforeChangeHook } from 'payload'

import type { AnalysisOptions } from '../analysis/types'
import type { AnalysedCollection } from '../types'
import { analyzeDocument } from './analyzeDocument'

/** Where a save's analysis waits for its claims hook, so each save analyses the text once. */
export const analysisKey = (collection: string, id: unknown) => `${collection}:${id ?? 'new'}`

/** On every save: the findings go on the document (staff-only), whatever the client sent. */
export const recordAnalysis =
  (target: AnalysedCollection, options: AnalysisOptions): CollectionBeforeChangeHook =>
  ({ collection, context, data, originalDoc }) => {
    const analysis = analyzeDocument({ ...originalDoc, ...data }, target, options)
    ;(context.mentalHealthAnalyses ??= new Map()).set(analysisKey(collection.slug, originalDoc?.id), analysis)
    return {
      ...data,
      compliance: {
        crisisTopic: analysis.crisisTopic,
        hasCrisisResources: analysis.hasCrisisResources,
        language: analysis.language,
        analyzedAt: new Date().toISOString(),
      },
    }
  }

declare module 'payload' {
  interface RequestContext {
    /** Analyses made while saving, by collection and id, for the claims hook of the same save. */
    mentalHealthAnalyses?: Map<string, ReturnType<typeof analyzeDocument>>
  }
}
