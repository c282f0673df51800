import type { Field, FieldHook } from 'payload'

/** A read-only field computed at read time (no column, hidden in the admin, ignored on writes). */
export const computedField = (name: string, type: 'number' | 'text' | 'json', hook: FieldHook): Field =>
  ({
    name,
    type,
    virtual: true,
    access: { create: () => false, update: () => false },
    admin: { hidden: true },
    hooks: { afterRead: [hook] },
  }) as Field
