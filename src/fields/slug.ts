import { slugField, type FieldHook, type RowField, type TextField } from 'payload'
import { slugify } from 'payload/shared'

/**
 * Payload's `slugField` (unique, editable, generated from `from` in the admin), plus a
 * `beforeValidate` hook so API clients that send no slug get one too: Payload's own generator runs
 * in `beforeChange`, after the field has already failed its required check.
 */
export const slug = ({ from = 'title' }: { from?: string } = {}): RowField =>
  slugField({
    useAsSlug: from,
    overrides: (row) => {
      const fillFromSource: FieldHook = ({ value, data }) => value || slugify(data?.[from]) || value
      const [checkbox, slugText] = row.fields as [RowField['fields'][number], TextField]
      const hooks = slugText.hooks ?? {}
      return {
        ...row,
        fields: [
          checkbox,
          { ...slugText, hooks: { ...hooks, beforeValidate: [...(hooks.beforeValidate ?? []), fillFromSource] } },
        ],
      }
    },
  })
