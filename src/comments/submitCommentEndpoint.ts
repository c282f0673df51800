import { APIError, ValidationError, type Endpoint } from 'payload'

import { currentCrisisResources } from '@/plugins/mental-health'

import { RateLimitError } from './hooks'

/** The fields a reader may send; anything else is ignored. */
const READER_FIELDS = ['article', 'authorName', 'authorEmail', 'body', 'website'] as const

const errorResponse = (
  status: number,
  message: string,
  extra: Record<string, unknown> = {},
  headers: HeadersInit = {},
) => Response.json({ errors: [{ message, ...extra }] }, { status, headers })

/**
 * POST /api/comments for readers: clear 4xx errors (with Retry-After when rate-limited), and the
 * crisis resources in the answer when the comment reads as a crisis.
 */
export const submitCommentEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    let body: unknown
    try {
      body = await req.json?.()
    } catch {
      return errorResponse(400, 'The request body is not valid JSON.')
    }
    if (!body || typeof body !== 'object' || Array.isArray(body))
      return errorResponse(400, 'Send a JSON object: {"article", "authorName", "authorEmail", "body"}.')
    const input = body as Record<string, unknown>
    const data = req.user
      ? input
      : Object.fromEntries(READER_FIELDS.filter((field) => field in input).map((field) => [field, input[field]]))

    try {
      const created = await req.payload.create({
        collection: 'comments',
        data: data as never,
        req,
        overrideAccess: false,
        depth: 0,
      })
      // The writer may not read their own moderation fields; the answer is built from the stored record.
      const doc = await req.payload.findByID({
        collection: 'comments',
        id: created.id,
        req,
        overrideAccess: true,
        depth: 0,
      })
      const crisisResources = doc.urgent ? await currentCrisisResources(req) : undefined
      return Response.json(
        {
          doc: { id: doc.id, article: doc.article, authorName: doc.authorName, body: doc.body, status: doc.status },
          message: doc.urgent
            ? 'Thank you for telling us. You do not have to go through this alone: please reach out now.'
            : 'Thank you. Your comment will appear once a moderator has reviewed it.',
          ...(crisisResources ? { crisisResources } : {}),
        },
        { status: 201 },
      )
    } catch (error) {
      if (error instanceof RateLimitError) {
        return errorResponse(429, error.message, {}, { 'Retry-After': String(error.retryAfterSeconds) })
      }
      if (error instanceof ValidationError) return errorResponse(400, error.message, { data: error.data })
      if (error instanceof APIError && error.status < 500) return errorResponse(error.status, error.message)
      throw error
    }
  },
}
