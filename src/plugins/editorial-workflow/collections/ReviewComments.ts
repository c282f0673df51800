import type { Access, CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { WorkflowError } from '../errors'
import type { WorkflowSettings } from '../settings'

const nobody: Access = () => false

/** A relationship's value as an id, whether it came populated or not. */
const idOf = (value: unknown): unknown => {
  if (typeof value !== 'object' || value === null) return value ?? null
  const reference = value as { relationTo?: string; value?: unknown; id?: unknown }
  return reference.relationTo ? `${reference.relationTo}:${String(idOf(reference.value))}` : (reference.id ?? null)
}

const WRITTEN = ['document', 'passage', 'body', 'author']

/** Only `resolved` changes after a comment is written; the rest is the record of what was asked. */
const keepCommentAsWritten: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  const by = req.user?.id ?? null
  if (operation === 'create') return { ...data, author: by, resolved: false, resolvedBy: null, resolvedAt: null }
  const changed = WRITTEN.filter((key) => key in data && idOf(data[key]) !== idOf(originalDoc?.[key]))
  if (changed.length)
    throw new WorkflowError(
      `A review comment cannot be edited once written (${changed.join(', ')}); resolve it instead.`,
      400,
    )
  const resolved = 'resolved' in data ? Boolean(data.resolved) : Boolean(originalDoc?.resolved)
  if (resolved === Boolean(originalDoc?.resolved))
    return { ...data, resolved, resolvedBy: idOf(originalDoc?.resolvedBy), resolvedAt: originalDoc?.resolvedAt ?? null }
  return { ...data, resolved, resolvedBy: resolved ? by : null, resolvedAt: resolved ? new Date().toISOString() : null }
}

/**
 * Review comments tied to a passage of a document's text: a reviewer quotes what they mean, anyone
 * on the staff can answer by changing the text and resolve the comment. Kept, never deleted.
 */
export const reviewCommentsCollection = ({
  collections,
  isStaff,
  usersCollection,
}: Pick<WorkflowSettings, 'collections' | 'isStaff' | 'usersCollection'>): CollectionConfig => {
  const staff: Access = ({ req }) => isStaff(req.user)
  return {
    slug: 'review-comments',
    admin: {
      group: 'Administration',
      defaultColumns: ['document', 'passage', 'body', 'author', 'resolved', 'createdAt'],
      description: 'Comments on passages of documents in review. Resolved, never deleted.',
    },
    access: { read: staff, create: staff, update: staff, delete: nobody },
    hooks: { beforeChange: [keepCommentAsWritten] },
    fields: [
      { name: 'document', type: 'relationship', relationTo: [...collections], required: true, index: true },
      {
        name: 'passage',
        type: 'textarea',
        maxLength: 1000,
        admin: { description: 'The words of the text the comment is about, as quoted.' },
      },
      { name: 'body', type: 'textarea', required: true, maxLength: 5000 },
      { name: 'author', type: 'relationship', relationTo: usersCollection, admin: { readOnly: true } },
      { name: 'resolved', type: 'checkbox', defaultValue: false, index: true },
      { name: 'resolvedBy', type: 'relationship', relationTo: usersCollection, admin: { readOnly: true } },
      { name: 'resolvedAt', type: 'date', admin: { readOnly: true } },
    ],
    timestamps: true,
  }
}
