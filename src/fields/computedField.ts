import type { Field, FieldHook } from 'payload'

/**
 * A read-only scalar computed at read time (no column, hidden in the admin, ignored on writes).
 * Computed objects and lists have typed groups of their own (readTimeGroups.ts).
 */
export const computedField = (name: string, type: 'number' | 'text', hook: FieldHook): Field => {
  const computed = {
    name,
    virtual: true,
    access: { create: () => false, update: () => false },
    admin: { hidden: true },
    hooks: { afterRead: [hook] },
  }
  return type === 'number' ? { ...computed, type } : { ...computed, type }
}
