/**
 * Payload's REST and GraphQL route handlers with Vetted's guards in front (src/api/guards.ts),
 * wired once: the Next route files under src/app/(payload)/api re-export these, and the tests'
 * HTTP server serves these very functions, so a test cannot pass on handlers production lacks.
 */
import config from '@payload-config'
import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { graphqlOverGet, guardGraphql, guardRest } from './guards'

export const restRoutes = {
  GET: guardRest(REST_GET(config)),
  POST: guardRest(REST_POST(config)),
  DELETE: guardRest(REST_DELETE(config)),
  PATCH: guardRest(REST_PATCH(config)),
  PUT: guardRest(REST_PUT(config)),
  OPTIONS: REST_OPTIONS(config),
}

const graphqlPost = GRAPHQL_POST(config)

export const graphqlRoutes = {
  POST: guardGraphql(graphqlPost),
  GET: graphqlOverGet(graphqlPost),
  OPTIONS: REST_OPTIONS(config),
}
