/* Payload's GraphQL route (POST, and GET for queries), with Vetted's guards: wired in src/api/routes.ts. */
import { graphqlRoutes } from '@/api/routes'

export const GET = graphqlRoutes.GET
export const POST = graphqlRoutes.POST
export const OPTIONS = graphqlRoutes.OPTIONS
