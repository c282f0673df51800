'use client'

import { Button, SelectInput, toast, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import type { DefaultCellComponentProps } from 'payload'
import React, { useState } from 'react'

import { MODERATION_REASON_LABELS } from '../../moderation'

import './index.scss'

type Row = { id: number; body?: string; status?: string; urgent?: boolean | null }

const preview = (body = '') => (body.length > 140 ? `${body.slice(0, 137)}…` : body)

/**
 * The moderation queue's action column: the comment's opening words, and Approve, Reject with a
 * reason, or Mark urgent (escalate: pinned for moderators) without opening the comment. Decisions
 * go through the comments API, as in the form.
 */
export const ModerateCell: React.FC<DefaultCellComponentProps> = ({ rowData }) => {
  const row = rowData as Row
  const {
    config: { routes, serverURL },
  } = useConfig()
  const router = useRouter()
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)

  const decide = async (data: Record<string, unknown>, done: string) => {
    setBusy(true)
    try {
      const response = await fetch(`${serverURL}${routes.api}/comments/${row.id}`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(data),
      })
      const answer = await response.json().catch(() => null)
      if (!response.ok) return toast.error(answer?.errors?.[0]?.message ?? `Failed (${response.status})`)
      toast.success(done)
      setRejecting(false)
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div data-testid={`moderate-${row.id}`} className="moderate-cell">
      <p className="moderate-cell__preview">{preview(row.body)}</p>
      {row.status === 'pending' && !rejecting && (
        <div className="moderate-cell__buttons">
          <Button
            size="small"
            buttonStyle="secondary"
            margin={false}
            disabled={busy}
            onClick={() => void decide({ status: 'approved' }, 'Comment approved.')}
          >
            Approve
          </Button>
          <Button
            size="small"
            buttonStyle="secondary"
            margin={false}
            disabled={busy}
            onClick={() => setRejecting(true)}
          >
            Reject…
          </Button>
          {!row.urgent && (
            <Button
              size="small"
              buttonStyle="subtle"
              margin={false}
              disabled={busy}
              onClick={() => void decide({ urgent: true }, 'Marked urgent: pinned for moderators.')}
            >
              Mark urgent
            </Button>
          )}
        </div>
      )}
      {rejecting && (
        <div className="moderate-cell__buttons moderate-cell__buttons--reject">
          <div className="moderate-cell__reason">
            <SelectInput
              name={`moderationReason-${row.id}`}
              path={`moderationReason-${row.id}`}
              label={`Why reject comment ${row.id}`}
              value={reason}
              options={Object.entries(MODERATION_REASON_LABELS).map(([value, label]) => ({ value, label }))}
              onChange={(option) => {
                const chosen = Array.isArray(option) ? option[0] : option
                setReason(chosen ? String((chosen as { value: string }).value) : '')
              }}
            />
          </div>
          <Button
            size="small"
            buttonStyle="primary"
            margin={false}
            disabled={busy || !reason}
            onClick={() => void decide({ status: 'rejected', moderationReason: reason }, 'Comment rejected.')}
          >
            Reject
          </Button>
          <Button size="small" buttonStyle="subtle" margin={false} onClick={() => setRejecting(false)}>
            Cancel
          </Button>
        </div>
      )}
    </div>
  )
}
