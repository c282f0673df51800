import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'path'
import type { CollectionConfig, CollectionSlug, Config, Field } from 'payload'

import type { AnalysisOptions } from './analysis/types'
import { claimsCollection } from './collections/Claims'
import { consentFormsCollection } from './collections/ConsentForms'
import { findingAcceptancesCollection } from './collections/FindingAcceptances'
import { Sources } from './collections/Sources'
import { ComplianceHighlightsFeature } from './components/highlights/feature.server'
import { CrisisResourcesBlock } from './CrisisResourcesBlock'
import { crisisResourcesGlobal } from './CrisisResourcesGlobal'
import { DEFAULT_COLLECTIONS, DEFAULT_CRISIS_RESOURCES } from './defaults'
import { complianceFields } from './fields/complianceFields'
import { consentFields } from './fields/consentFields'
import { jsonLdField } from './fields/jsonLdField'
import { complianceEndpoint, dashboardEndpoint } from './endpoints'
import { complianceGateFor } from './gate'
import { deleteDocumentRecords } from './hooks/deleteDocumentRecords'
import { recordAnalysis } from './hooks/recordAnalysis'
import { syncClaims } from './hooks/syncClaims'
import { takeDownOnLapsedConsent } from './hooks/takeDownOnLapsedConsent'
import { enforceConsentTask, unpublishDirectly, type ConsentLapsedHandler } from './jobs/enforceConsent'
import type { AnalysedCollection, MentalHealthPluginOptions } from './types'

export type { MentalHealthPluginOptions } from './types'
export { analyzeLexical, analyzeText } from './analysis'
export { screenComment, staffReplyProblems } from './analysis/comment'
export { currentCrisisResources } from './currentCrisisResources'
export { hasCrisisResourcesBlock } from './lexicalText'
export type { ConsentLapsedHandler } from './jobs/enforceConsent'

/**
 * The compliance gate for an editorial workflow, over the same collections as the plugin (pass the
 * plugin's options): answers what is missing before a document may be approved, scheduled or
 * published. A disabled plugin's gate lets everything through.
 */
export const complianceGate = (options: Pick<MentalHealthPluginOptions, 'collections' | 'disabled'> = {}) =>
  options.disabled ? () => [] : complianceGateFor(options.collections ?? DEFAULT_COLLECTIONS)

/** Rich text fields without an editor of their own get the default editor plus the crisis resources block. */
const withCrisisBlock = (fields: Field[], names: string[] = []): Field[] =>
  fields.map((field) =>
    'name' in field && names.includes(field.name) && field.type === 'richText' && !field.editor
      ? {
          ...field,
          editor: lexicalEditor({
            features: ({ defaultFeatures }) => [
              ...defaultFeatures,
              BlocksFeature({ blocks: [CrisisResourcesBlock] }),
              ComplianceHighlightsFeature(),
            ],
          }),
        }
      : field,
  )

const COMPLIANCE_PANEL = '/plugins/mental-health/components/CompliancePanel#CompliancePanel'

/** Puts a sidebar panel at the top of the sidebar, after the panels already there (the workflow's). */
const atTopOfSidebar = (fields: Field[], panel: Field): Field[] => {
  const isPanel = (field: Field) => field.type === 'ui' && field.admin?.position === 'sidebar'
  const at = fields.findIndex((field) => !isPanel(field))
  return at === -1 ? [...fields, panel] : [...fields.slice(0, at), panel, ...fields.slice(at)]
}

const analyse = (
  collection: CollectionConfig,
  target: AnalysedCollection,
  analysis: AnalysisOptions,
  disabled: boolean,
  targets: Record<string, AnalysedCollection>,
  onConsentLapsed: ConsentLapsedHandler,
): CollectionConfig => ({
  ...collection,
  endpoints: [...(collection.endpoints || []), complianceEndpoint(collection.slug, targets)],
  fields: [
    ...atTopOfSidebar(withCrisisBlock(collection.fields, target.richTextFields), {
      name: 'compliancePanel',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: COMPLIANCE_PANEL } },
    }),
    ...complianceFields(),
    ...(target.kind === 'testimonial' ? consentFields() : []),
    ...(target.jsonLd ? [jsonLdField()] : []),
  ],
  hooks: disabled
    ? { ...collection.hooks, afterDelete: [...(collection.hooks?.afterDelete ?? []), deleteDocumentRecords] }
    : {
        ...collection.hooks,
        beforeChange: [...(collection.hooks?.beforeChange ?? []), recordAnalysis(target, analysis)],
        afterChange: [
          ...(collection.hooks?.afterChange ?? []),
          syncClaims(target, analysis),
          ...(target.kind === 'testimonial' ? [takeDownOnLapsedConsent(onConsentLapsed)] : []),
        ],
        afterDelete: [...(collection.hooks?.afterDelete ?? []), deleteDocumentRecords],
      },
})

/**
 * The mental-health content plugin: finds health claims, stigmatising language and unsafe suicide
 * messaging in the configured collections and keeps claim records. Its `complianceGate` (above),
 * given to an editorial workflow, holds approval and publishing until claims are sourced and
 * approved, crisis resources are shown where needed and testimonials carry valid consent.
 */
export const mentalHealthContent =
  (options: MentalHealthPluginOptions & { onConsentLapsed?: ConsentLapsedHandler; consentDir?: string } = {}) =>
  (config: Config): Config => {
    const targets = options.collections ?? DEFAULT_COLLECTIONS
    const usersCollection = (config.admin?.user ?? 'users') as CollectionSlug
    const slugs = Object.keys(targets)
    const disabled = Boolean(options.disabled)
    const analysis: AnalysisOptions = {
      lexicon: options.lexicon,
      exceptions: options.exceptions,
      severity: options.severity,
    }
    const onConsentLapsed = options.onConsentLapsed ?? unpublishDirectly
    const testimonialSlugs = slugs.filter((slug) => targets[slug].kind === 'testimonial')
    const consentDir =
      options.consentDir ?? process.env.CONSENT_DIR ?? path.resolve(process.cwd(), 'private/consent-forms')

    // Schema is added even when disabled, so migrations stay stable.
    return {
      ...config,
      collections: [
        ...(config.collections ?? []).map((collection) =>
          targets[collection.slug]
            ? analyse(collection, targets[collection.slug], analysis, disabled, targets, onConsentLapsed)
            : collection,
        ),
        Sources,
        claimsCollection(slugs, usersCollection),
        findingAcceptancesCollection(slugs, usersCollection),
        consentFormsCollection(consentDir),
      ],
      globals: [...(config.globals ?? []), crisisResourcesGlobal(options.crisisResources ?? DEFAULT_CRISIS_RESOURCES)],
      endpoints: [...(config.endpoints ?? []), dashboardEndpoint(targets)],
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          afterDashboard: [
            ...(config.admin?.components?.afterDashboard ?? []),
            '/plugins/mental-health/components/ComplianceDashboard#ComplianceDashboard',
          ],
        },
      },
      jobs: {
        ...config.jobs,
        tasks: [
          ...(config.jobs?.tasks ?? []),
          ...(testimonialSlugs.length ? [enforceConsentTask(testimonialSlugs, onConsentLapsed)] : []),
        ],
      },
    }
  }
