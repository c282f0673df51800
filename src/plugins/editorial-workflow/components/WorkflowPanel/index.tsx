'use client'

import {
  Banner,
  Button,
  DatePicker,
  Pill,
  TextareaInput,
  toast,
  useConfig,
  useAuth,
  useDocumentEvents,
  useDocumentInfo,
} from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useEffect, useState } from 'react'

import './index.scss'

import { EDITABLE_STATES, STATE_LABELS, type WorkflowState } from '../../machine'
import { AssignmentBox, type Assignment } from '../AssignmentBox'
import { PassageComments } from '../PassageComments'
import { ReviewChanges } from '../ReviewChanges'

type Action = {
  to: string
  action: string
  requiresComment: boolean
  requiresDate: boolean
  confirm: string | null
  /** What is still missing before this step (claims to decide, sources, four-eyes…): empty when it can go ahead. */
  missing: string[]
}
type HistoryItem = {
  id: number
  from: WorkflowState
  to: WorkflowState
  role: string
  kind: 'transition' | 'assignment' | 'overdue'
  comment: string | null
  actor: { name: string | null } | null
  at: string
}
type Workflow = {
  state: WorkflowState
  label: string
  assignment: Assignment | null
  actions: Action[]
  history: HistoryItem[]
}

const label = (state: string) => STATE_LABELS[state as WorkflowState] ?? state

/** The request a reviewer or compliance made last, shown first to whoever must act on it. */
const latestRequest = (history: HistoryItem[]) =>
  history.find(
    (item) => item.kind === 'transition' && item.comment && (item.to === 'changes_requested' || item.to === 'draft'),
  )

/** One line of the history: a transition, an assignment or an overdue notice. */
const describe = (item: HistoryItem) => {
  const by = item.actor?.name ?? 'the scheduler'
  if (item.kind === 'transition')
    return `${label(item.from)} → ${label(item.to)}, by ${by} (${item.role})${item.comment ? `: “${item.comment}”` : ''}`
  return `${item.comment ?? item.kind}${item.kind === 'assignment' ? ` (by ${by})` : ''}`
}

/**
 * Sidebar panel: the workflow state, the transitions the signed-in user may make, the latest change
 * request and the history. Content past draft is read-only; reopening it asks for confirmation.
 */
export const WorkflowPanel: React.FC = () => {
  // lastUpdateTime changes on every save, autosaves included: the panel is read again after each.
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { user } = useAuth()
  // A related record changed on this page (a claim decided in the compliance panel): the checklist may have too.
  const { mostRecentUpdate } = useDocumentEvents()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const router = useRouter()
  const [workflow, setWorkflow] = useState<Workflow | null>(null)
  const [comment, setComment] = useState('')
  const [publishAt, setPublishAt] = useState<Date | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [confirming, setConfirming] = useState<Action | null>(null)
  const base = `${serverURL}${api}/${collectionSlug}/${id}`

  const fetchWorkflow = useCallback(async () => {
    const response = await fetch(`${base}/workflow`, { credentials: 'include' })
    return response.ok ? ((await response.json()) as Workflow) : null
  }, [base])

  useEffect(() => {
    if (!id || !collectionSlug) return
    let current = true
    void fetchWorkflow().then((loaded) => {
      if (current && loaded) setWorkflow(loaded)
    })
    return () => {
      current = false
    }
  }, [id, collectionSlug, fetchWorkflow, lastUpdateTime, mostRecentUpdate])

  if (!id) return <Banner type="info">Save the draft to start the review workflow.</Banner>
  if (!workflow) return <div className="workflow-panel">Loading workflow…</div>

  const run = async (action: Action) => {
    setError(null)
    if (action.requiresComment && !comment.trim()) return setError('Write a comment explaining what must change.')
    if (action.requiresDate && !publishAt) return setError('Choose when to publish.')
    if (action.confirm && confirming?.to !== action.to) return setConfirming(action)
    setConfirming(null)
    setBusy(true)
    try {
      const response = await fetch(`${base}/transition`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          to: action.to,
          comment: comment.trim() || undefined,
          publishAt: action.requiresDate ? publishAt?.toISOString() : undefined,
        }),
      })
      if (!response.ok) {
        const body = await response.json().catch(() => null)
        setError(body?.errors?.[0]?.message ?? `The transition failed (${response.status}).`)
        return
      }
      const result = (await response.json()) as { state: WorkflowState }
      toast.success(`${action.action}: now ${label(result.state).toLowerCase()}.`)
      setComment('')
      setWorkflow(await fetchWorkflow())
      // The document view is rendered on the server with the user's permissions: render it again.
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  const needsComment = workflow.actions.some((action) => action.requiresComment)
  const needsDate = workflow.actions.some((action) => action.requiresDate)
  const readOnly = !EDITABLE_STATES.includes(workflow.state)
  const request = latestRequest(workflow.history)

  return (
    <section className="workflow-panel" aria-labelledby="workflow-heading">
      <h4 id="workflow-heading" className="workflow-panel__heading">
        Workflow{' '}
        <Pill size="small" pillStyle={readOnly ? 'light' : 'success'}>
          <span data-testid="workflow-state">{workflow.label}</span>
        </Pill>
      </h4>
      {workflow.assignment && (
        <AssignmentBox
          // Mounted afresh when the stored assignment changes, so the inputs start from it.
          key={`${workflow.assignment.assignee?.id ?? ''}-${workflow.assignment.dueAt ?? ''}`}
          assignment={workflow.assignment}
          endpoint={`${base}/assign`}
          currentUserId={user?.id}
          onChange={() => void fetchWorkflow().then((loaded) => loaded && setWorkflow(loaded))}
        />
      )}
      {readOnly && (
        <p data-testid="workflow-read-only" className="workflow-panel__note">
          Read-only while {workflow.label.toLowerCase()}: edits would undo the reviews.
        </p>
      )}
      {request && (
        <Banner type="info">
          <strong>
            {label(request.to) === 'Draft' ? 'Reopened' : label(request.to)} by {request.actor?.name ?? 'the scheduler'}
            :
          </strong>{' '}
          “{request.comment}”
        </Banner>
      )}
      <ReviewChanges endpoint={`${base}/workflow/changes`} refreshKey={`${lastUpdateTime}-${workflow.state}`} />
      {workflow.actions.length > 0 ? (
        <>
          <TextareaInput
            path="workflowComment"
            label={needsComment ? 'Comment (required to request changes)' : 'Comment'}
            value={comment}
            onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setComment(event.target.value)}
            rows={3}
          />
          {needsDate && (
            <div className="workflow-panel__date">
              <label htmlFor="workflow-publish-at">Publish at (to schedule, your time zone)</label>
              <DatePicker
                id="workflow-publish-at"
                pickerAppearance="dayAndTime"
                value={publishAt ?? undefined}
                onChange={(value: Date) => setPublishAt(value)}
              />
            </div>
          )}
          {confirming ? (
            <div role="alertdialog" aria-labelledby="workflow-confirm" data-testid="workflow-confirm">
              <p id="workflow-confirm">{confirming.confirm}</p>
              <div className="workflow-panel__buttons">
                <Button
                  buttonStyle="primary"
                  size="small"
                  margin={false}
                  disabled={busy}
                  onClick={() => void run(confirming)}
                >
                  {`Yes, ${confirming.action.toLowerCase()}`}
                </Button>
                <Button buttonStyle="secondary" size="small" margin={false} onClick={() => setConfirming(null)}>
                  Cancel
                </Button>
              </div>
            </div>
          ) : (
            <>
              <div className="workflow-panel__buttons">
                {workflow.actions.map((action) => (
                  <Button
                    key={action.to}
                    buttonStyle="secondary"
                    size="small"
                    margin={false}
                    disabled={busy || action.missing.length > 0}
                    tooltip={action.missing.length ? `Missing: ${action.missing.join('; ')}` : undefined}
                    onClick={() => void run(action)}
                  >
                    {action.action}
                  </Button>
                ))}
              </div>
              {workflow.actions
                .filter((action) => action.missing.length > 0)
                .map((action) => (
                  <div
                    key={action.to}
                    data-testid={`workflow-checklist-${action.to}`}
                    className="workflow-panel__checklist"
                  >
                    <strong>
                      Before “{action.action}” ({action.missing.length} left):
                    </strong>
                    <ul>
                      {action.missing.map((item) => (
                        <li key={item}>{item}</li>
                      ))}
                    </ul>
                  </div>
                ))}
            </>
          )}
        </>
      ) : (
        <p className="workflow-panel__idle">Nothing for you to do at this stage.</p>
      )}
      {error && (
        <p role="alert" className="workflow-panel__error">
          {error}
        </p>
      )}
      {collectionSlug && <PassageComments api={`${serverURL}${api}`} collection={collectionSlug} id={id} />}
      {workflow.history.length > 0 && (
        <details className="workflow-panel__history">
          <summary>History ({workflow.history.length})</summary>
          <ol>
            {workflow.history.map((item) => (
              <li key={item.id}>
                {new Date(item.at).toLocaleString()}: {describe(item)}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  )
}
