import { CREATE_COMMENT_MUTATION, present, type CrisisResources } from './queries'

export type CommentInput = { article: number; authorName: string; authorEmail: string; body: string; website?: string }

export type CommentResult = { ok: true; crisisResources: CrisisResources | null } | { ok: false; error: string }

/**
 * Posts a reader's comment from the browser over the public GraphQL endpoint. The answer carries
 * the crisis resources when the server reads the comment as a crisis: show them at once.
 */
export const submitComment = async (
  input: CommentInput,
  endpoint = `${process.env.NEXT_PUBLIC_VETTED_API_URL ?? ''}/api/graphql`,
): Promise<CommentResult> => {
  let response: Response
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: CREATE_COMMENT_MUTATION, variables: { data: input } }),
    })
  } catch {
    return { ok: false, error: 'Your comment could not be sent. Check your connection and try again.' }
  }
  const answer = (await response.json().catch(() => null)) as {
    data?: { createComment: { id: number; crisisResources: CrisisResources | null } | null }
    errors?: { message: string }[]
  } | null
  const created = answer?.data?.createComment
  if (!response.ok || !created) {
    return {
      ok: false,
      error:
        answer?.errors?.map((error) => error.message).join(' ') ||
        `Your comment could not be sent (${response.status}).`,
    }
  }
  return { ok: true, crisisResources: present(created.crisisResources, 'heading') }
}
