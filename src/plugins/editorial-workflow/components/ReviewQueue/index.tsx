import { Pill } from '@payloadcms/ui'
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { documentTitle } from '../../documentTitle'
import { isUntouched } from '../../emptyDrafts'
import { REVIEW_STAGES, STATE_LABELS, WAITING_FOR, type WorkflowState } from '../../machine'
import { workflowSettings } from '../../settings'

import './index.scss'

type Row = {
  collection: CollectionSlug
  id: number | string
  title: string
  state: WorkflowState
  by: string | null
  since: string
  assigneeId: number | string | null
  dueAt: string | null
  overdue: boolean
}

const age = (since: string, now: number) => {
  const hours = Math.floor((now - new Date(since).getTime()) / 3_600_000)
  return hours < 1 ? 'under an hour' : hours < 48 ? `${hours} h` : `${Math.floor(hours / 24)} days`
}

const isReviewRole = (role: string) => Object.values(REVIEW_STAGES).some((stage) => stage?.role === role)

/**
 * What waits for this user: each role's states; for an editor, only the documents they last edited;
 * for a reviewer, what is assigned to them or to nobody (a stage assigned to a colleague waits for them).
 */
const waitingWhere = (user: NonNullable<PayloadRequest['user']>): Where | null => {
  const roles = ((user as { roles?: string[] }).roles ?? []).filter((role) => WAITING_FOR[role])
  if (!roles.length) return null
  return {
    or: roles.map((role): Where => {
      const conditions: Where[] = [{ workflowState: { in: [...WAITING_FOR[role]] } }]
      if (role === 'editor') conditions.push({ lastEditedBy: { equals: user.id } })
      if (isReviewRole(role))
        conditions.push({ or: [{ assignedTo: { exists: false } }, { assignedTo: { equals: user.id } }] })
      return { and: conditions }
    }),
  }
}

/** The names of the people documents are assigned to, in one query. */
const namesOf = async (payload: Payload, ids: (number | string)[]) => {
  if (!ids.length) return new Map<string, string>()
  const { docs } = await payload.find({
    collection: workflowSettings(payload.config).usersCollection,
    where: { id: { in: ids } },
    select: { name: true, email: true },
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
  })
  return new Map(
    (docs as { id: number | string; name?: string | null; email?: string | null }[]).map((person) => [
      String(person.id),
      person.name ?? person.email ?? `User ${person.id}`,
    ]),
  )
}

/** Overdue first, then by due date, then the longest waiting. */
const byUrgency = (a: Row, b: Row) =>
  (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999') || a.since.localeCompare(b.since)

/** The documents waiting for the user, oldest first, read with the user's own access. */
const loadQueue = async (payload: Payload, user: NonNullable<PayloadRequest['user']>, where: Where) => {
  const { collections } = workflowSettings(payload.config)
  const now = Date.now()
  const rows: (Row & { waiting: string })[] = []
  for (const collection of collections) {
    const { docs } = await payload.find({
      collection,
      where,
      draft: true,
      depth: 0,
      limit: 50,
      sort: 'updatedAt',
      overrideAccess: false,
      user,
    })
    if (!docs.length) continue
    // The latest transition of each document, in one query: newest first, the first seen per document wins.
    const { docs: events } = await payload.find({
      collection: 'workflow-events',
      where: {
        and: [
          { 'document.relationTo': { equals: collection } },
          { 'document.value': { in: docs.map((doc) => doc.id) } },
          // Who moved it there: the latest transition, not an assignment or a notice since.
          { kind: { equals: 'transition' } },
        ],
      },
      sort: '-createdAt',
      depth: 1,
      pagination: false,
      overrideAccess: false,
      user,
    })
    const latest = new Map<string, { actor?: { name?: string | null } | null; createdAt: string }>()
    for (const event of events as {
      document: { value: unknown }
      actor?: { name?: string | null } | null
      createdAt: string
    }[]) {
      const key = String(
        typeof event.document.value === 'object' ? (event.document.value as { id: unknown }).id : event.document.value,
      )
      if (!latest.has(key)) latest.set(key, event)
    }
    const titleField = payload.collections[collection].config.admin.useAsTitle
    for (const found of docs) {
      // An empty draft left by opening "Create New" is nobody's work (discardEmptyDrafts removes it).
      if (titleField && titleField !== 'id' && isUntouched({ ...found }, titleField)) continue
      const doc = found as {
        id: number | string
        updatedAt: string
        workflowState?: WorkflowState | null
        assignedTo?: number | string | null
        dueAt?: string | null
      }
      const last = latest.get(String(doc.id))
      rows.push({
        collection,
        id: doc.id,
        title: documentTitle(payload, collection, doc),
        state: doc.workflowState ?? 'draft',
        by: last ? (last.actor?.name ?? 'the scheduler') : null,
        since: last?.createdAt ?? doc.updatedAt,
        waiting: age(last?.createdAt ?? doc.updatedAt, now),
        assigneeId: doc.assignedTo ?? null,
        dueAt: doc.dueAt ?? null,
        overdue: Boolean(doc.dueAt && new Date(doc.dueAt).getTime() < now),
      })
    }
  }
  return rows.sort(byUrgency)
}

/**
 * The top of the dashboard: the documents waiting for the signed-in user, the most urgent first,
 * with their state, who moved them there and how long ago, who holds them and when they are due.
 */
export const ReviewQueue = async ({ payload, user }: { payload: Payload; user?: PayloadRequest['user'] }) => {
  if (!user) return null
  const where = waitingWhere(user)
  if (!where) return null
  const rows = await loadQueue(payload, user, where)
  const names = await namesOf(payload, [...new Set(rows.flatMap((row) => (row.assigneeId ? [row.assigneeId] : [])))])
  const adminRoute = payload.config.routes.admin

  return (
    <section aria-labelledby="review-queue" data-testid="review-queue" className="review-queue">
      <h2 id="review-queue">Waiting for you ({rows.length})</h2>
      {rows.length ? (
        <table className="table review-queue__table">
          <thead>
            <tr>
              <th>Document</th>
              <th>State</th>
              <th>Moved there by</th>
              <th>Waiting</th>
              <th>Assigned to</th>
              <th>Due</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.collection}-${row.id}`}>
                <td>
                  <a href={formatAdminURL({ adminRoute, path: `/collections/${row.collection}/${row.id}` })}>
                    {row.title}
                  </a>{' '}
                  <small>
                    ({payload.collections[row.collection]?.config.labels?.singular?.toString() ?? row.collection})
                  </small>
                </td>
                <td>
                  <Pill size="small">{STATE_LABELS[row.state]}</Pill>
                </td>
                <td>{row.by ?? '—'}</td>
                <td>{row.waiting}</td>
                <td data-testid="queue-assignee">
                  {row.assigneeId
                    ? String(row.assigneeId) === String(user.id)
                      ? 'You'
                      : names.get(String(row.assigneeId))
                    : '—'}
                </td>
                <td>
                  {row.dueAt ? new Date(row.dueAt).toLocaleDateString('en-US', { dateStyle: 'medium' }) : '—'}{' '}
                  {row.overdue && (
                    <Pill size="small" pillStyle="error">
                      Overdue
                    </Pill>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Nothing waits for you.</p>
      )}
    </section>
  )
}
