import type { Field } from 'payload'

/** Longest text a field takes when its own config sets no limit (characters). */
export const DEFAULT_MAX_LENGTH = { text: 1_000, textarea: 20_000 } as const

/** The fields with a maximum length on every text and textarea that has none, however deeply nested. */
export const withDefaultMaxLengths = (fields: Field[]): Field[] =>
  fields.map((field): Field => {
    if ((field.type === 'text' || field.type === 'textarea') && field.maxLength === undefined)
      return { ...field, maxLength: DEFAULT_MAX_LENGTH[field.type] } as Field
    if ('fields' in field && Array.isArray(field.fields))
      return { ...field, fields: withDefaultMaxLengths(field.fields) } as Field
    if (field.type === 'tabs')
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withDefaultMaxLengths(tab.fields) })) }
    if (field.type === 'blocks')
      return {
        ...field,
        blocks: field.blocks.map((block) => ({ ...block, fields: withDefaultMaxLengths(block.fields) })),
      }
    return field
  })
