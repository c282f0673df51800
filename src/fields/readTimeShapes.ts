/**
 * JSON schemas of the read-time fields, so the generated types (src/payload-types.ts) give their
 * real shapes and frontends, the reference site included, import them instead of retyping them.
 * In GraphQL they stay JSON values (a computed object type would have to exist even when empty,
 * and "no crisis resources" is null).
 */
import type { JSONField } from 'payload'

/** Payload's JSON schema type, as its `typescriptSchema` option takes it. */
type JSONSchema4 = Parameters<NonNullable<JSONField['typescriptSchema']>[number]>[0]['jsonSchema']

const text: JSONSchema4 = { type: 'string' }
const nullableText: JSONSchema4 = { type: ['string', 'null'] }

const object = (
  properties: Record<string, JSONSchema4>,
  required: string[] = Object.keys(properties),
): JSONSchema4 => ({
  type: 'object',
  additionalProperties: false,
  properties,
  required,
})

const person = { name: text, credentials: nullableText }

export const BYLINE_SCHEMA: JSONSchema4 = object({
  authors: { type: 'array', items: object(person) },
  reviewer: {
    oneOf: [object({ ...person, reviewedAt: text, nextReviewDue: nullableText }), { type: 'null' }],
  },
})

export const SOURCES_SCHEMA: JSONSchema4 = {
  type: 'array',
  items: object({
    title: text,
    url: nullableText,
    doi: nullableText,
    publisher: nullableText,
    year: { type: ['number', 'null'] },
    evidenceLevel: nullableText,
  }),
}

export const CRISIS_RESOURCES_SCHEMA: JSONSchema4 = {
  oneOf: [
    object({
      heading: text,
      resources: { type: 'array', items: object({ label: text, detail: nullableText, href: nullableText }, ['label']) },
    }),
    { type: 'null' },
  ],
}
