import type { CollectionBeforeChangeHook } from 'payload'

import type { AnalysisOptions } from '../analysis/types'
import type { AnalysedCollection } from '../types'
import { analyzeDocument } from './analyzeDocument'

/** On every save: the findings go on the document (staff-only), whatever the client sent. */
export const recordAnalysis =
  (target: AnalysedCollection, options: AnalysisOptions): CollectionBeforeChangeHook =>
  ({ data, originalDoc }) => {
    const analysis = analyzeDocument({ ...originalDoc, ...data }, target, options)
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
