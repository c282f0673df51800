import type { DateField } from 'payload'

/** Stamped the first time a document is published; editable by staff afterwards. */
export const publishedAtField = (): DateField => ({
  name: 'publishedAt',
  type: 'date',
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayAndTime' },
  },
  hooks: {
    beforeChange: [
      ({ siblingData, value }) => {
        if (siblingData._status === 'published' && !value) return new Date().toISOString()
        return value
      },
    ],
  },
})
