import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'path'
import { buildConfig } from 'payload'
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
import { plugins } from './src/plugins'
import { WorkflowEvents } from './src/collections/WorkflowEvents'
import { emailAdapter } from './src/email/adapter'
import { isBuildPhase, resolveDatabaseUrl, resolvePayloadSecret } from './src/lib/env'
import { corsOrigins, csrfOrigins } from './src/lib/origins'
import { workflowMutations } from './src/workflow/graphql'
import { flagOverdueReviewsTask, publishScheduledTask } from './src/workflow/jobs'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
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
    },
    // No Gravatar: it would send a hash of every staff email to a third party.
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname, 'src') },
  },
  collections: [Articles, Faqs, Testimonials, Categories, Media, Comments, Users, WorkflowEvents],
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
    mutations: workflowMutations(),
  },
  email: emailAdapter(),
  jobs: {
    tasks: [publishScheduledTask, flagOverdueReviewsTask],
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
        (req.headers.get('authorization') === `Bearer ${process.env.CRON_SECRET}` && Boolean(process.env.CRON_SECRET)),
    },
  },
  hooks: { afterError: [clientDataErrorsAre400] },
  plugins,
  sharp,
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  telemetry: false,
})
