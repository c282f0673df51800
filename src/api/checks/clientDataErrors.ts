import type { AfterErrorHook } from 'payload'

/**
 * Errors that can only come from the values a client sent: PostgreSQL "data exception" errors
 * (class 22: text where a number or date belongs, a negative offset…) and an operator the database
 * adapter has no implementation for on that column (the query checks in src/api/checks refuse
 * these first; this is the backstop for paths they cannot see, such as a global's versions).
 */
const clientDataError = (error: unknown): string | null => {
  const { code, cause, message } = error as { code?: unknown; cause?: { code?: unknown }; message?: unknown }
  const pgCode = cause?.code ?? code
  // 42883: no such operator for these types (e.g. LIKE on an integer column).
  if (typeof pgCode === 'string' && (pgCode.startsWith('22') || pgCode === '42883'))
    return 'A value in the request has the wrong type or is out of range (e.g. text where a number id belongs).'
  if (error instanceof TypeError && typeof message === 'string' && /\.operators\[\w+\] is not a function/.test(message))
    return 'That operator cannot be used on this field.'
  return null
}

/** Answers 400 (REST) or a 400-coded GraphQL error instead of a 500 for such errors. */
export const clientDataErrorsAre400: AfterErrorHook = ({ error, graphqlResult }) => {
  const original = (error as { originalError?: unknown }).originalError ?? error
  const message = clientDataError(original)
  if (!message) return undefined
  if (graphqlResult) {
    return {
      graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, statusCode: 400 } },
    }
  }
  return { status: 400, response: { errors: [{ message }] } }
}
