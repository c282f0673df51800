import type { Access, CollectionSlug, PayloadRequest, Where } from 'payload'

import { EDITABLE_STATES, type WorkflowState } from './machine'
import { readDocument } from './readDocument'

/** The working draft's state: what an edit would change. */
const workingState = async (req: PayloadRequest, collection: CollectionSlug, id: number | string) => {
  const doc = await readDocument(req, collection, id, { draft: true })
  return doc ? ((doc.workflowState as WorkflowState | null | undefined) ?? 'draft') : undefined
}

/** Whether a write's data holds nothing but these top-level fields (the admin's form sends them all). */
const onlyFields = (data: unknown, fields: string[]) =>
  fields.length > 0 &&
  typeof data === 'object' &&
  data !== null &&
  Object.keys(data).length > 0 &&
  Object.keys(data).every((key) => fields.includes(key))

const EDITABLE: Where = { workflowState: { in: [...EDITABLE_STATES] } }

/**
 * The host's update access, narrowed to documents whose working draft is editable (draft, changes
 * requested). Past that the document is read-only for everyone, in the admin too, so neither an
 * edit nor an autosave can move its state behind anyone's back: changing it is the explicit
 * "Reopen for editing" transition. Server code writing with `overrideAccess` is not affected, nor
 * are writes of only the collection's `editableInAnyState` fields.
 */
export const updateWhileEditable =
  (collection: CollectionSlug, hostUpdate: Access | undefined, anyState: string[] = []): Access =>
  async (args) => {
    const allowed = hostUpdate ? await hostUpdate(args) : Boolean(args.req.user)
    if (!allowed) return false
    // Bulk updates and the list view: only documents in an editable state.
    if (args.id === undefined || args.id === null) return allowed === true ? EDITABLE : { and: [allowed, EDITABLE] }
    const state = await workingState(args.req, collection, args.id)
    if (state === undefined || EDITABLE_STATES.includes(state)) return allowed
    // A record about the document (revoked consent) may be written in any state; its content may not.
    return onlyFields(args.data, anyState) ? allowed : false
  }
