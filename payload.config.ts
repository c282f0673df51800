import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'path'
import { buildConfig, type Config, type Plugin } from 'payload'
import sharp from 'sharp'
import { fileURLToPath } from 'url'

import { migrations } from './migrations'
import { graphqlDepthLimit } from './src/api/graphqlDepthLimit'
import { clientDataErrorsAre400 } from './src/api/checks/clientDataErrors'
import { isAdminUser } from './src/access/roles'
import { Articles } from './src/collections/Articles'
import { Categories } from './src/collections/Categories'
import { Comments } from './src/collections/Comments'
import { Faqs } from './src/collections/Faqs'
import { Media } from './src/collections/Media'
import { Testimonials } from './src/collections/Testimonials'
import { Users } from './src/collections/Users'
import { addRateLimitTable } from './src/db/rateLimitTable'
import { isStaffUser } from './src/access/roles'
import { platformPlugins, takeDownThroughWorkflow, WORKFLOW_COLLECTIONS } from './src/plugins'
import { editorialWorkflow } from './src/plugins/editorial-workflow'
import { complianceGate, mentalHealthContent, type MentalHealthPluginOptions } from './src/plugins/mental-health'
import { emailAdapter } from './src/email/adapter'
import { isBuildPhase, resolveDatabaseUrl, resolvePayloadSecret } from './src/lib/env'
import { corsOrigins, csrfOrigins } from './src/lib/origins'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * Vetted around a set of plugins. The default export installs the editorial workflow and the
 * compliance plugin; without the compliance plugin the CMS and its workflow still work
 * (tests/int/workflow-without-compliance.test.ts builds that config).
 */
export const buildVettedConfig = (plugins: Plugin[]) =>
  buildConfig({
    serverURL: process.env.NEXT_PUBLIC_SERVER_URL || '',
    csrf: csrfOrigins(),
    cors: corsOrigins(),
    admin: {
      user: Users.slug,
      meta: {
        titleSuffix: ' · Vetted',
        description: 'Vetted: editorial, clinical and compliance review for mental-health publishers.',
        icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/favicon.svg' }],
        openGraph: { siteName: 'Vetted', title: 'Vetted' },
        // The admin is not a public page: no generated Open Graph images.
        defaultOGImageType: 'off',
      },
      components: {
        graphics: { Logo: '/components/branding/Logo#Logo', Icon: '/components/branding/Icon#Icon' },
        // A moderator's day starts with the crisis comments still waiting for them.
        afterDashboard: ['/collections/Comments/components/UrgentCommentsNotice#UrgentCommentsNotice'],
      },
      // No Gravatar: it would send a hash of every staff email to a third party.
      avatar: 'default',
      importMap: { baseDir: path.resolve(dirname, 'src') },
    },
    collections: [Articles, Faqs, Testimonials, Categories, Media, Comments, Users],
    editor: lexicalEditor(),
    secret: resolvePayloadSecret(),
    db: postgresAdapter({
      pool: { connectionString: resolveDatabaseUrl() },
      // The files in migrations/ are the schema's source of truth: never push the schema directly.
      push: false,
      migrationDir: path.resolve(dirname, 'migrations'),
      prodMigrations: migrations,
      beforeSchemaInit: [addRateLimitTable],
    }),
    graphQL: {
      maxComplexity: 1000,
      validationRules: () => [graphqlDepthLimit(8)],
      disablePlaygroundInProduction: true,
      disableIntrospectionInProduction: true,
    },
    email: emailAdapter(),
    jobs: {
      // Keep finished jobs: their output is the record of what the scheduler did and why.
      deleteJobOnComplete: false,
      // The long-running server works the queues; `npm run jobs` does the same standalone.
      autoRun: [
        { cron: '* * * * *', queue: 'default' },
        { cron: '*/15 * * * *', queue: 'daily' },
      ],
      shouldAutoRun: () =>
        process.env.NODE_ENV !== 'test' && !isBuildPhase() && process.env.DISABLE_JOB_AUTORUN !== 'true',
      access: {
        run: ({ req }) =>
          isAdminUser(req.user) ||
          (req.headers.get('authorization') === `Bearer ${process.env.CRON_SECRET}` &&
            Boolean(process.env.CRON_SECRET)),
      },
    },
    hooks: { afterError: [clientDataErrorsAre400] },
    // A stranger's bad request is not a server error: logged at info, so it cannot flood the error log.
    loggingLevels: { ClientError: 'info' } as Config['loggingLevels'],
    plugins: [...plugins, ...platformPlugins],
    sharp,
    typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
    telemetry: false,
  })

/** The compliance plugin's options: its gate and its collections must agree. */
const compliance: MentalHealthPluginOptions = {}

export default buildVettedConfig([
  editorialWorkflow({
    collections: [...WORKFLOW_COLLECTIONS],
    // Nothing is approved, scheduled or published until compliance's conditions hold.
    gates: [complianceGate(compliance)],
    // Recording revoked or renewed consent is not an edit of the testimonial: allowed in any state.
    editableInAnyState: { testimonials: ['consent'] },
    isStaff: isStaffUser,
  }),
  mentalHealthContent({ ...compliance, onConsentLapsed: takeDownThroughWorkflow }),
])
