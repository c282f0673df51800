'use client'

import React, { useEffect, useState } from 'react'

import './index.scss'

type Change = { type: 'added' | 'removed'; text: string }
type Changes = {
  since: { decision: string; at: string; by: string | null; comment: string | null } | null
  fields: { field: string; label: string; changes: Change[] }[]
}

const MARK: Record<Change['type'], { sign: string; label: string }> = {
  added: { sign: '+', label: 'Added' },
  removed: { sign: '−', label: 'Removed' },
}

/**
 * "Changes since the last review decision": the content fields' sentences added and removed since
 * the sign-off, approval or request for changes, so a reviewer sees at once whether the requested
 * changes were made (computed and workflow fields left out). Read again after every save.
 */
export const ReviewChanges: React.FC<{ endpoint: string; refreshKey: unknown }> = ({ endpoint, refreshKey }) => {
  const [changes, setChanges] = useState<Changes | null>(null)

  useEffect(() => {
    let current = true
    void fetch(endpoint, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<Changes>) : null))
      .then((loaded) => {
        if (current) setChanges(loaded)
      })
    return () => {
      current = false
    }
  }, [endpoint, refreshKey])

  if (!changes?.since) return null
  const count = changes.fields.reduce((total, field) => total + field.changes.length, 0)
  return (
    <details data-testid="workflow-changes" open={count > 0} className="review-changes">
      <summary>
        Changes since {changes.since.decision}
        {changes.since.by ? ` by ${changes.since.by}` : ''} (
        {count ? `${count} in ${changes.fields.length} field(s)` : 'none'})
      </summary>
      {changes.fields.map((field) => (
        <div key={field.field} className="review-changes__field">
          <strong>{field.label}</strong>
          <ul>
            {field.changes.map((change, index) => (
              <li
                key={`${change.type}-${index}`}
                data-change={change.type}
                className={`review-changes__change review-changes__change--${change.type}`}
              >
                <span aria-label={MARK[change.type].label}>{MARK[change.type].sign}</span> {change.text}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </details>
  )
}
