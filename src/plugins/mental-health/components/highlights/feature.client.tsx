'use client'

import { createClientFeature } from '@payloadcms/richtext-lexical/client'

import { ComplianceHighlights } from './ComplianceHighlights'

export const ComplianceHighlightsClientFeature = createClientFeature({
  plugins: [{ Component: ComplianceHighlights, position: 'normal' }],
})
