import type { Endpoint } from 'payload'

import { ClientError } from '@/api/clientError'
import type { Comment } from '@/payload-types'
import { currentCrisisResources } from '@/plugins/mental-health'

/**
 * POST /api/comments: the collection's own create, as GraphQL's createComment is (field access
 * drops what a reader may not set, the hooks limit the rate and screen the comment), with an
 * answer for the writer: what happens next, and the crisis resources when the comment reads as a
 * crisis. Refusals are clear 4xx errors (with Retry-After when rate-limited).
 */
export const submitCommentEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    let body: unknown
    try {
      body = await req.json?.()
    } catch {
      throw new ClientError('The request body is not valid JSON.')
    }
    if (!body || typeof body !== 'object' || Array.isArray(body))
      throw new ClientError('Send a JSON object: {"article", "authorName", "authorEmail", "body"}.')
    // Refusals (400 with the field, 429 with Retry-After) are thrown and formatted by Payload.
    const created = await req.payload.create({
      collection: 'comments',
      // Its shape is checked field by field before anything runs (src/api/checks/dataShape.ts).
      data: body as Omit<Comment, 'id' | 'createdAt' | 'updatedAt'>,
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
  },
}
