'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

type Action = { to: string; action: string; requiresComment: boolean; requiresDate: boolean }
type HistoryItem = {
  id: number
  from: string
  to: string
  role: string
  comment: string | null
  actor: { name: string } | null
  at: string
}
type Workflow = { state: string; label: string; actions: Action[]; history: HistoryItem[] }

const box: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: 12,
  marginBottom: 16,
}

/** Sidebar panel: the workflow state, the transitions the signed-in user may make, and the history. */
export const WorkflowPanel: React.FC = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const [workflow, setWorkflow] = useState<Workflow | null>(null)
  const [comment, setComment] = useState('')
  const [publishAt, setPublishAt] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!id || !collectionSlug) return
    let current = true
    void fetch(`/api/${collectionSlug}/${id}/workflow`, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<Workflow>) : null))
      .then((loaded) => {
        if (current && loaded) setWorkflow(loaded)
      })
    return () => {
      current = false
    }
  }, [id, collectionSlug])

  if (!id) return <div style={box}>Save the draft to start the review workflow.</div>
  if (!workflow) return <div style={box}>Loading workflow…</div>

  const run = async (action: Action) => {
    setError(null)
    if (action.requiresComment && !comment.trim()) return setError('Write a comment explaining what must change.')
    if (action.requiresDate && !publishAt) return setError('Choose when to publish.')
    setBusy(true)
    try {
      const response = await fetch(`/api/${collectionSlug}/${id}/transition`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          to: action.to,
          comment: comment.trim() || undefined,
          publishAt: action.requiresDate ? new Date(publishAt).toISOString() : undefined,
        }),
      })
      if (!response.ok) {
        const body = await response.json().catch(() => null)
        setError(body?.errors?.[0]?.message ?? `The transition failed (${response.status}).`)
        return
      }
      window.location.reload()
    } finally {
      setBusy(false)
    }
  }

  const needsComment = workflow.actions.some((action) => action.requiresComment)
  const needsDate = workflow.actions.some((action) => action.requiresDate)

  return (
    <section style={box} aria-labelledby="workflow-heading">
      <h4 id="workflow-heading" style={{ margin: '0 0 8px' }}>
        Workflow: <span data-testid="workflow-state">{workflow.label}</span>
      </h4>
      {workflow.actions.length > 0 ? (
        <>
          <label htmlFor="workflow-comment" style={{ display: 'block', marginBottom: 4 }}>
            Comment{needsComment ? ' (required to request changes)' : ''}
          </label>
          <textarea
            id="workflow-comment"
            rows={3}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            style={{ width: '100%', marginBottom: 8 }}
          />
          {needsDate && (
            <>
              <label htmlFor="workflow-publish-at" style={{ display: 'block', marginBottom: 4 }}>
                Publish at (to schedule)
              </label>
              <input
                id="workflow-publish-at"
                type="datetime-local"
                value={publishAt}
                onChange={(e) => setPublishAt(e.target.value)}
                style={{ width: '100%', marginBottom: 8 }}
              />
            </>
          )}
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
            {workflow.actions.map((action) => (
              <button
                key={action.to}
                type="button"
                className="btn btn--style-secondary btn--size-small"
                disabled={busy}
                onClick={() => void run(action)}
              >
                {action.action}
              </button>
            ))}
          </div>
        </>
      ) : (
        <p style={{ margin: 0 }}>Nothing for you to do at this stage.</p>
      )}
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)', whiteSpace: 'pre-wrap' }}>
          {error}
        </p>
      )}
      {workflow.history.length > 0 && (
        <details style={{ marginTop: 12 }}>
          <summary>History ({workflow.history.length})</summary>
          <ol style={{ paddingLeft: 16 }}>
            {workflow.history.map((item) => (
              <li key={item.id}>
                {new Date(item.at).toLocaleString()}: {item.from} → {item.to} by {item.actor?.name ?? 'the scheduler'} (
                {item.role}){item.comment ? `: “${item.comment}”` : ''}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  )
}
