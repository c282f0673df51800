import type { Access, CollectionSlug, PayloadRequest, Where } from 'payload'

import { EDITABLE_STATES, type WorkflowState } from './machine'

/** The working draft's state: what an edit would change. */
const workingState = async (req: PayloadRequest, collection: CollectionSlug, id: number | string) => {
  const doc = (await req.payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })) as { workflowState?: WorkflowState | null } | null
  return doc ? (doc.workflowState ?? 'draft') : undefined
}

const EDITABLE: Where = { workflowState: { in: [...EDITABLE_STATES] } }

/**
 * The host's update access, narrowed to documents whose working draft is editable (draft, changes
 * requested). Past that the document is read-only for everyone, in the admin too, so neither an
 * edit nor an autosave can move its state behind anyone's back: changing it is the explicit
 * "Reopen for editing" transition. Server code writing with `overrideAccess` is not affected.
 */
export const updateWhileEditable =
  (collection: CollectionSlug, hostUpdate: Access | undefined): Access =>
  async (args) => {
    const allowed = hostUpdate ? await hostUpdate(args) : Boolean(args.req.user)
    if (!allowed) return false
    // Bulk updates and the list view: only documents in an editable state.
    if (args.id === undefined || args.id === null)
      return allowed === true ? EDITABLE : { and: [allowed, EDITABLE] }
    const state = await workingState(args.req, collection, args.id)
    return state === undefined || EDITABLE_STATES.includes(state) ? allowed : false
  }
