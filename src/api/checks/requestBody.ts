/**
 * The body of a write, checked before Payload reads it: a JSON object (or a multipart form whose
 * `_payload` field is one), nested no deeper than MAX_JSON_DEPTH. Anything else answers 400 or
 * 415 with a message that says what to send, rather than reaching code that assumes JSON.
 */
import { jsonDepth, MAX_JSON_DEPTH } from './jsonDepth'

const problem = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

const tooDeep = (value: unknown) =>
  jsonDepth(value) > MAX_JSON_DEPTH ? problem(400, `The JSON is nested more than ${MAX_JSON_DEPTH} levels deep.`) : null

/** Parses `text` as JSON and checks its depth; the answer to send instead, or the value. */
export const parseJsonBody = (text: string, what = 'The request body'): { value: unknown } | { refused: Response } => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { refused: problem(400, `${what} is not valid JSON.`) }
  }
  const deep = tooDeep(value)
  return deep ? { refused: deep } : { value }
}

const mediaType = (request: Request) => (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()

/** For REST writes: null when the body may go on to Payload, else the 4xx to answer. */
export const checkWriteBody = async (request: Request): Promise<Response | null> => {
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return null
  const type = mediaType(request)
  if (type === 'multipart/form-data') {
    let form: FormData
    try {
      form = await request.clone().formData()
    } catch {
      return problem(400, 'The multipart body could not be read.')
    }
    const payloadField = form.get('_payload')
    if (payloadField === null) return null
    if (typeof payloadField !== 'string') return problem(400, 'The "_payload" form field must be JSON text.')
    const parsed = parseJsonBody(payloadField, 'The "_payload" form field')
    if ('refused' in parsed) return parsed.refused
    return parsed.value && typeof parsed.value === 'object' && !Array.isArray(parsed.value)
      ? null
      : problem(400, 'The "_payload" form field must be a JSON object.')
  }
  const text = await request.clone().text()
  if (text.trim() === '') return null
  if (type !== 'application/json' && !type.endsWith('+json')) {
    return problem(
      415,
      `Send JSON (Content-Type: application/json) or multipart/form-data, not "${type || 'no type'}".`,
    )
  }
  const parsed = parseJsonBody(text)
  return 'refused' in parsed ? parsed.refused : null
}
