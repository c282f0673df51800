'use client'

import {
  Button,
  TextareaInput,
  useAuth,
  useConfig,
  useDocumentDrawer,
  useDocumentEvents,
  useDocumentInfo,
} from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import './index.scss'

type Finding = { text: string; rule: string; severity: string; suggestion: string; field: string; accepted: boolean }
type Claim = {
  id: number
  text: string
  type: string
  reason: string | null
  confidence: number | null
  status: string
  sources: { id: number; title?: string; retracted?: boolean }[]
}
type Report = {
  crisisTopic: boolean
  hasCrisisResources: boolean
  language: Finding[]
  claims: Claim[]
  blockers: string[]
}
type Source = { id: number; title: string }

const json = { 'content-type': 'application/json' }

/** Sidebar panel: language findings with suggestions, claims with status and a source picker, and what blocks approval. */
const fetchReportAndSources = async (
  api: string,
  collectionSlug: string,
  id: number | string,
): Promise<{ report: Report | null; sources: Source[] | null }> => {
  const [r, s] = await Promise.all([
    fetch(`${api}/${collectionSlug}/${id}/compliance`, { credentials: 'include' }),
    fetch(`${api}/sources?limit=200&depth=0&sort=title`, { credentials: 'include' }),
  ])
  return {
    report: r.ok ? ((await r.json()) as Report) : null,
    sources: s.ok ? ((await s.json()) as { docs: Source[] }).docs : null,
  }
}

export const CompliancePanel: React.FC = () => {
  // lastUpdateTime changes on every save, autosaves included: the report is read again after each.
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const {
    config: { routes, serverURL },
  } = useConfig()
  const api = `${serverURL}${routes.api}`
  // A new source is written in a drawer, without leaving the document, and attached to the claim.
  const [SourceDrawer, , { openDrawer: openSourceDrawer, closeDrawer: closeSourceDrawer }] = useDocumentDrawer({
    collectionSlug: 'sources',
  })
  const [sourceFor, setSourceFor] = useState<Claim | null>(null)
  const { reportUpdate } = useDocumentEvents()
  const { user } = useAuth<{ roles?: string[] }>()
  // Only compliance (and admins) decide claims and accept findings; others see the state and the reasons.
  const decides = Boolean(user?.roles?.some((role) => role === 'compliance' || role === 'admin'))
  const [accepting, setAccepting] = useState<string | null>(null)
  const [acceptReason, setAcceptReason] = useState('')
  const [report, setReport] = useState<Report | null>(null)
  const [sources, setSources] = useState<Source[]>([])
  const [message, setMessage] = useState<string | null>(null)

  const load = useCallback(async () => {
    if (!id || !collectionSlug) return
    const loaded = await fetchReportAndSources(api, collectionSlug, id)
    if (loaded.report) setReport(loaded.report)
    if (loaded.sources) setSources(loaded.sources)
  }, [api, id, collectionSlug])

  useEffect(() => {
    if (!id || !collectionSlug) return
    let current = true
    void fetchReportAndSources(api, collectionSlug, id).then((loaded) => {
      if (!current) return
      if (loaded.report) setReport(loaded.report)
      if (loaded.sources) setSources(loaded.sources)
    })
    return () => {
      current = false
    }
  }, [api, id, collectionSlug, lastUpdateTime])

  const send = async (url: string, method: string, body: unknown) => {
    setMessage(null)
    const response = await fetch(url, { method, credentials: 'include', headers: json, body: JSON.stringify(body) })
    const answer = await response.json().catch(() => null)
    if (!response.ok) setMessage(answer?.errors?.[0]?.message ?? `Failed (${response.status})`)
    else {
      // Payload's cross-document event: other panels on this page (the workflow's checklist) read
      // again. Payload's own listeners read the changed document from it, so it is always included.
      const record = answer?.doc as { id: number; updatedAt?: string } | undefined
      if (record?.id)
        reportUpdate({
          doc: record,
          entitySlug: url.includes('/claims/') ? 'claims' : 'finding-acceptances',
          id: record.id,
          // Always "update": Payload's relationship fields take a "create" event from outside a
          // drawer as a document to select.
          operation: 'update',
          updatedAt: record.updatedAt ?? new Date().toISOString(),
        })
    }
    await load()
  }

  if (!id) return null
  if (!report) return <div className="compliance-panel">Loading compliance…</div>

  return (
    <section className="compliance-panel" aria-labelledby="compliance-heading">
      <SourceDrawer
        onSave={({ doc }) => {
          if (sourceFor)
            void send(`${api}/claims/${sourceFor.id}`, 'PATCH', {
              sources: [...sourceFor.sources.map((s) => s.id), (doc as { id: number }).id],
            })
          setSourceFor(null)
          closeSourceDrawer()
        }}
      />
      <h4 id="compliance-heading" className="compliance-panel__heading">
        Compliance
      </h4>
      {report.blockers.length ? (
        <details open>
          <summary>Blocks approval ({report.blockers.length})</summary>
          <ul data-testid="compliance-blockers">
            {report.blockers.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </details>
      ) : (
        <p>Nothing blocks approval.</p>
      )}
      {report.crisisTopic && (
        <p>
          {report.hasCrisisResources
            ? '✓ Crisis resources block present.'
            : '⚠ Crisis topic: insert the crisis resources block.'}
        </p>
      )}

      <h5>Claims ({report.claims.length})</h5>
      <ol className="compliance-panel__list">
        {report.claims.map((claim) => (
          <li key={claim.id} className="compliance-panel__claim">
            <div>
              <strong>[{claim.type}]</strong> {claim.text}
            </div>
            {claim.reason ? (
              <div className="compliance-panel__reason" data-testid={`claim-reason-${claim.id}`}>
                Why: {claim.reason}
                {claim.confidence !== null ? ` (confidence ${Math.round(claim.confidence * 100)}%)` : ''}
              </div>
            ) : null}
            <div>
              Status: <span data-testid={`claim-status-${claim.id}`}>{claim.status}</span> · Sources:{' '}
              <span data-testid={`claim-sources-${claim.id}`}>
                {claim.sources.length
                  ? claim.sources.map((s) => `${s.title ?? s.id}${s.retracted ? ' (retracted)' : ''}`).join(', ')
                  : 'none'}
              </span>
            </div>
            {decides ? (
              <>
                <label className="compliance-panel__label">
                  Add source{' '}
                  <select
                    aria-label={`Add a source to claim ${claim.id}`}
                    defaultValue=""
                    onChange={(e) =>
                      e.target.value &&
                      void send(`${api}/claims/${claim.id}`, 'PATCH', {
                        sources: [...claim.sources.map((s) => s.id), Number(e.target.value)],
                      })
                    }
                  >
                    <option value="">Choose…</option>
                    {sources.map((source) => (
                      <option key={source.id} value={source.id}>
                        {source.title}
                      </option>
                    ))}
                  </select>{' '}
                  <Button
                    buttonStyle="subtle"
                    size="small"
                    margin={false}
                    onClick={() => {
                      setSourceFor(claim)
                      openSourceDrawer()
                    }}
                  >
                    New source…
                  </Button>
                </label>
                <div className="compliance-panel__buttons compliance-panel__buttons--spaced">
                  {claim.status === 'pending' ? (
                    <>
                      <Button
                        buttonStyle="secondary"
                        size="small"
                        margin={false}
                        disabled={!claim.sources.length}
                        tooltip={claim.sources.length ? undefined : 'Add a source first'}
                        onClick={() => void send(`${api}/claims/${claim.id}`, 'PATCH', { status: 'approved' })}
                      >
                        Approve claim
                      </Button>
                      <Button
                        buttonStyle="secondary"
                        size="small"
                        margin={false}
                        onClick={() => void send(`${api}/claims/${claim.id}`, 'PATCH', { status: 'rejected' })}
                      >
                        Reject
                      </Button>
                    </>
                  ) : claim.status === 'approved' || claim.status === 'rejected' ? (
                    <Button
                      buttonStyle="subtle"
                      size="small"
                      margin={false}
                      onClick={() => void send(`${api}/claims/${claim.id}`, 'PATCH', { status: 'pending' })}
                    >
                      Undo decision
                    </Button>
                  ) : null}
                </div>
              </>
            ) : null}
          </li>
        ))}
      </ol>

      <h5>Language ({report.language.length})</h5>
      <ul className="compliance-panel__list">
        {report.language.map((finding, index) => (
          <li key={`${finding.rule}-${index}`}>
            “{finding.text}” → {finding.suggestion}{' '}
            <small>
              ({finding.rule}, {finding.severity}
              {finding.accepted ? ', accepted' : ''})
            </small>
            {decides && finding.severity === 'block' && !finding.accepted ? (
              accepting === `${finding.rule}-${index}` ? (
                <div>
                  <TextareaInput
                    path={`accept-${index}`}
                    label="Why is this acceptable here? (recorded in the audit trail)"
                    value={acceptReason}
                    onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setAcceptReason(event.target.value)}
                    rows={2}
                  />
                  <div className="compliance-panel__buttons">
                    <Button
                      buttonStyle="primary"
                      size="small"
                      margin={false}
                      disabled={!acceptReason.trim()}
                      onClick={() => {
                        void send(`${api}/finding-acceptances`, 'POST', {
                          document: { relationTo: collectionSlug, value: id },
                          rule: finding.rule,
                          text: finding.text,
                          reason: acceptReason.trim(),
                        })
                        setAccepting(null)
                        setAcceptReason('')
                      }}
                    >
                      Accept
                    </Button>
                    <Button buttonStyle="secondary" size="small" margin={false} onClick={() => setAccepting(null)}>
                      Cancel
                    </Button>
                  </div>
                </div>
              ) : (
                <Button
                  buttonStyle="secondary"
                  size="small"
                  margin={false}
                  onClick={() => setAccepting(`${finding.rule}-${index}`)}
                >
                  Accept with reason
                </Button>
              )
            ) : null}
          </li>
        ))}
      </ul>
      {message && <p role="alert">{message}</p>}
    </section>
  )
}
