import { createLocalReq, type Payload } from 'payload'

import type { WorkflowCollection } from '@/plugins'
import type { WorkflowState } from '@/plugins/editorial-workflow/machine'
import { transitionDocument, type TransitionInput } from '@/plugins/editorial-workflow'

import { articleData } from './lexical'
import type { TestUser } from './users'

let counter = 0
export const uniqueTitle = (prefix: string) => `${prefix} ${Date.now().toString(36)}-${++counter}`

export const contentData = (collection: WorkflowCollection, text: string): Record<string, unknown> => {
  if (collection === 'articles') return articleData(text)
  if (collection === 'faqs') return { question: text, answer: articleData(text).body }
  return { quote: text, displayName: 'A participant' }
}

/** A draft written by `author` through the Local API with access control on, as the admin would. */
export const createDraft = async (
  payload: Payload,
  collection: WorkflowCollection,
  author: TestUser,
  text = uniqueTitle('Draft'),
) =>
  payload.create({
    collection,
    data: contentData(collection, text) as never,
    draft: true,
    overrideAccess: false,
    user: author,
  })

/** Puts a document straight into `state` (test set-up only): the live version too when published. */
export const forceState = async (
  payload: Payload,
  collection: WorkflowCollection,
  id: number,
  state: WorkflowState,
) => {
  const live = state === 'published'
  const data: Record<string, unknown> = { workflowState: state, ...(live ? { _status: 'published' } : {}) }
  if (state === 'scheduled') data.publishAt = new Date(Date.now() + 3_600_000).toISOString()
  return payload.update({ collection, id, data, draft: !live, context: { workflowBypass: 'test set-up' } })
}

/** A transition through the Local API entry point, as `user`. */
export const transitionAs = async (
  payload: Payload,
  user: TestUser | undefined,
  input: Omit<TransitionInput, 'collection'> & { collection: WorkflowCollection },
) => transitionDocument(await createLocalReq({ user: user as never }, payload), input)

/** Records that point at one document (workflow events, claims), oldest first. */
export const recordsAbout = async <T extends 'workflow-events' | 'claims'>(
  payload: Payload,
  records: T,
  collection: WorkflowCollection,
  id: number,
) =>
  (
    await payload.find({
      collection: records,
      where: { and: [{ 'document.relationTo': { equals: collection } }, { 'document.value': { equals: id } }] },
      sort: 'createdAt',
      depth: 0,
      limit: 200,
    })
  ).docs

export const eventsOf = (payload: Payload, collection: WorkflowCollection, id: number) =>
  recordsAbout(payload, 'workflow-events', collection, id)

export const stateOf = async (payload: Payload, collection: WorkflowCollection, id: number) => {
  const doc = await payload.findByID({ collection, id, draft: true, depth: 0 })
  return doc.workflowState
}
