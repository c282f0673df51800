import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type FieldHook } from 'payload'

import { hasAnyRole } from '@/access/roles'
import type { Comment, User } from '@/payload-types'
import { currentCrisisResources, screenComment, staffReplyProblems } from '@/plugins/mental-health'

import { clientAddressOf, hitRateLimit } from '@/lib/rateLimit'

import { commentRateLimit } from './rateLimit'

const isModerator = (user: Pick<User, 'roles'> | null | undefined) => hasAnyRole(user, ['admin', 'moderator'])

export class RateLimitError extends APIError {
  constructor(public retryAfterSeconds: number) {
    super(
      `Too many comments from this address: try again in ${retryAfterSeconds} s.`,
      429,
      { retryAfter: retryAfterSeconds },
      true,
    )
    // Payload formats errors by name; production bundles may not keep the class's own.
    this.name = 'RateLimitError'
  }
}

/** Server code (the Local API) writes as itself: only comments arriving over REST or GraphQL are a reader's. */
const fromReader = (req: { payloadAPI?: string; user?: Pick<User, 'roles'> | null }) =>
  req.payloadAPI !== 'local' && !isModerator(req.user)

/** Readers (not moderators) may post a few comments a minute per IP, over REST and GraphQL alike. */
export const limitCommentRate: CollectionBeforeOperationHook<'comments'> = async ({ args, operation, req }) => {
  if (operation !== 'create' || !fromReader(req)) return args
  const { allowed, retryAfterSeconds } = await hitRateLimit(
    req.payload,
    `comment:${clientAddressOf(req.headers)}`,
    commentRateLimit(),
  )
  if (!allowed) {
    // Payload adds these headers to the error answer it sends (REST).
    req.responseHeaders = new Headers(req.responseHeaders)
    req.responseHeaders.set('Retry-After', String(retryAfterSeconds))
    throw new RateLimitError(retryAfterSeconds)
  }
  return args
}

declare module 'payload' {
  interface RequestContext {
    commentInCrisis?: boolean
  }
}

const bad = (message: string) => new APIError(message, 400, undefined, true)

/**
 * A reader's comment always arrives pending, screened: crisis language flags it urgent with a
 * risk tier; personal details or links hold it, with a redacted copy for staff. Moderators'
 * decisions need a reason code; staff replies must not confirm that someone is a patient.
 */
export const screenIncomingComment: CollectionBeforeChangeHook<Comment> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (data.website) throw bad('This comment was rejected as spam.')
  const { website: _honeypot, ...rest } = data
  const moderator = isModerator(req.user)
  const reader = fromReader(req) || (req.user !== null && req.user !== undefined && !moderator)

  if (operation === 'create') {
    const body = String(rest.body ?? '')
    if (!body.trim()) throw bad('body: write a comment (1 to 5,000 characters).')
    const article = await req.payload.find({
      collection: 'articles',
      where: { id: { equals: rest.article } },
      limit: 1,
      depth: 0,
      req,
      overrideAccess: false,
    })
    if (reader && !article.docs.length)
      throw bad(`article: there is no published article with id ${String(rest.article)}.`)
    const screening = screenComment(body)
    // Lets the answer to this request, and only this one, carry the crisis resources (crisisResourcesForWriter).
    if (screening.urgent) req.context.commentInCrisis = true
    const holdReasons = [
      ...(screening.urgent ? ['crisis'] : []),
      ...(screening.personalInfo.length ? ['personal-information'] : []),
      ...(screening.hasLinks ? ['link'] : []),
    ]
    return {
      ...rest,
      ...(reader
        ? { status: 'pending', moderationReason: null, moderatedBy: null, moderatedAt: null, staffReply: null }
        : {}),
      urgent: screening.urgent,
      riskTier: screening.riskTier,
      crisisSignals: screening.reasons,
      holdReasons,
      redactedBody: screening.personalInfo.length ? screening.redacted : null,
    }
  }

  const result = { ...rest }
  if (rest.status && rest.status !== originalDoc?.status) {
    Object.assign(result, { moderatedBy: req.user?.id ?? null, moderatedAt: new Date().toISOString() })
  }
  if (typeof rest.staffReply === 'string' && rest.staffReply.trim()) {
    const problems = staffReplyProblems(rest.staffReply)
    if (problems.length)
      throw bad(`staffReply: ${problems.join('; ')}. Reply without confirming any treatment relationship.`)
  }
  return result
}

/** Only in the answer to a new comment that reads as a crisis: never in later reads. */
export const crisisResourcesForWriter: FieldHook = async ({ req }) => {
  return req.context.commentInCrisis ? currentCrisisResources(req) : {}
}
