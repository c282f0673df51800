import type { Field, FieldHook, JSONField } from 'payload'

type JSONSchema = Parameters<NonNullable<JSONField['typescriptSchema']>[number]>[0]['jsonSchema']

/**
 * A read-only field computed at read time (no column, hidden in the admin, ignored on writes).
 * A JSON field may give its shape (`schema`), which the generated types then use.
 */
export const computedField = (
  name: string,
  type: 'number' | 'text' | 'json',
  hook: FieldHook,
  schema?: JSONSchema,
): Field =>
  ({
    name,
    type,
    virtual: true,
    access: { create: () => false, update: () => false },
    admin: { hidden: true },
    hooks: { afterRead: [hook] },
    ...(schema ? { typescriptSchema: [() => schema] } : {}),
  }) as Field
