/* Payload's REST route, with Vetted's guards in front: wired once in src/api/routes.ts. */
import '@payloadcms/next/css'

import { restRoutes } from '@/api/routes'

export const GET = restRoutes.GET
export const POST = restRoutes.POST
export const DELETE = restRoutes.DELETE
export const PATCH = restRoutes.PATCH
export const PUT = restRoutes.PUT
export const OPTIONS = restRoutes.OPTIONS
