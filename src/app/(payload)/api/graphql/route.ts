/* Payload's generated GraphQL route, with Vetted's bad-input guard (src/api/guards.ts) in front. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardGraphql } from '@/api/guards'

export const POST = guardGraphql(GRAPHQL_POST(config))

export const OPTIONS = REST_OPTIONS(config)
