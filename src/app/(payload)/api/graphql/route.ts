/* Payload's generated GraphQL route, with Vetted's bad-input guard (src/api/guards.ts) in front. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { graphqlOverGet, guardGraphql } from '@/api/guards'

const graphql = GRAPHQL_POST(config)
export const POST = guardGraphql(graphql)
export const GET = graphqlOverGet(graphql)

export const OPTIONS = REST_OPTIONS(config)
