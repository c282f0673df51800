/**
 * The shapes of the read-time fields (byline, sources, crisis resources) as virtual groups and
 * arrays: no column, computed by an afterRead hook, and typed by Payload's own generators, so
 * `payload-types.ts` has `Byline`, `Reviewer`, `Reference` (a source as a references list shows it)
 * and `CrisisHelp`, and GraphQL has object types a frontend can select subfields of and a code
 * generator can type.
 *
 * Payload always reads a group as an object (its admin and its GraphQL resolvers rely on it), so an
 * absent value (no reviewer yet, no crisis block) is a group without its leading subfield: test
 * `reviewer.name` and `crisisResources.heading`, over REST, GraphQL and the Local API alike.
 */
import type {
  ArrayField,
  CollectionBeforeValidateHook,
  DateField,
  Field,
  FieldHook,
  GroupField,
  TextField,
} from 'payload'

/**
 * Read-only and computed: not in the admin's form at all (`disabled`, so it never sends them back),
 * and whatever an API client sends for them is dropped before validation (`ignoreReadTimeFields`).
 */
const readTime = (hook: FieldHook) => ({
  virtual: true,
  access: { create: () => false, update: () => false },
  admin: { disabled: true },
  hooks: { afterRead: [hook] },
})

const READ_TIME_FIELDS = ['byline', 'sources', 'crisisResources']

/** Drops values sent for the read-time groups: they are computed, and Payload would validate them. */
export const ignoreReadTimeFields: CollectionBeforeValidateHook = ({ data }) => {
  if (!data) return data
  const kept = { ...data }
  for (const name of READ_TIME_FIELDS) delete kept[name]
  return kept
}

/**
 * A subfield that is always there when its group is: typed `string`, not `string | null`. Not
 * `required`, which would make Payload's GraphQL mutation inputs demand the (ignored) group.
 */
const always = <F extends TextField | DateField>(field: F): F => ({
  ...field,
  typescriptSchema: [({ jsonSchema }) => ({ ...jsonSchema, type: 'string' })],
})

const person = (): Field[] => [always({ name: 'name', type: 'text' }), { name: 'credentials', type: 'text' }]

export const bylineField = (hook: FieldHook): GroupField => ({
  name: 'byline',
  type: 'group',
  interfaceName: 'Byline',
  ...readTime(hook),
  fields: [
    { name: 'authors', type: 'array', interfaceName: 'Author', fields: person() },
    {
      name: 'reviewer',
      type: 'group',
      interfaceName: 'Reviewer',
      fields: [...person(), always({ name: 'reviewedAt', type: 'date' }), { name: 'nextReviewDue', type: 'date' }],
    },
  ],
})

export const sourcesField = (hook: FieldHook): ArrayField => ({
  name: 'sources',
  type: 'array',
  interfaceName: 'Reference',
  ...readTime(hook),
  fields: [
    always({ name: 'title', type: 'text' }),
    { name: 'url', type: 'text' },
    { name: 'doi', type: 'text' },
    { name: 'publisher', type: 'text' },
    { name: 'year', type: 'number' },
    { name: 'evidenceLevel', type: 'text' },
  ],
})

export const crisisResourcesField = (hook: FieldHook): GroupField => ({
  name: 'crisisResources',
  type: 'group',
  interfaceName: 'CrisisHelp',
  ...readTime(hook),
  fields: [
    always({ name: 'heading', type: 'text' }),
    {
      name: 'resources',
      type: 'array',
      interfaceName: 'CrisisLine',
      fields: [
        always({ name: 'label', type: 'text' }),
        { name: 'detail', type: 'text' },
        { name: 'href', type: 'text' },
      ],
    },
  ],
})
