import { createServerFeature } from '@payloadcms/richtext-lexical'

/**
 * Shows the compliance findings where they stand in the text: claims and language findings are
 * highlighted (a decoration, the document is not changed), and a click opens what was found.
 */
export const ComplianceHighlightsFeature = createServerFeature({
  key: 'complianceHighlights',
  feature: {
    ClientFeature: '/plugins/mental-health/components/highlights/feature.client#ComplianceHighlightsClientFeature',
  },
})
