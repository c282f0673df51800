'use client'

import { Button, DatePicker, Pill, SelectInput, toast } from '@payloadcms/ui'
import React, { useState } from 'react'

import './index.scss'

type Person = { id: number | string; name: string | null }

export type Assignment = {
  assignee: Person | null
  dueAt: string | null
  overdue: boolean
  canAssign: boolean
  candidates: Person[]
}

const formatDue = (dueAt: string) =>
  new Date(dueAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/**
 * Who holds the review stage and by when; staff of the stage's role (and admins) can assign it, to
 * themselves or a colleague, and move the due date. The change is recorded in the audit trail.
 */
export const AssignmentBox: React.FC<{
  assignment: Assignment
  endpoint: string
  currentUserId: number | string | undefined
  onChange: () => void
}> = ({ assignment, endpoint, currentUserId, onChange }) => {
  const [assignee, setAssignee] = useState<string>(assignment.assignee ? String(assignment.assignee.id) : '')
  const [dueAt, setDueAt] = useState<Date | null>(assignment.dueAt ? new Date(assignment.dueAt) : null)
  const [busy, setBusy] = useState(false)

  const save = async (to: string) => {
    setBusy(true)
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ assignee: to ? Number(to) : null, dueAt: dueAt?.toISOString() }),
      })
      if (!response.ok) {
        const body = await response.json().catch(() => null)
        toast.error(body?.errors?.[0]?.message ?? `The assignment failed (${response.status}).`)
        return
      }
      toast.success(to ? 'Assigned.' : 'Unassigned.')
      onChange()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div data-testid="workflow-assignment" className="assignment-box">
      <p className="assignment-box__holder">
        <strong>Assigned to:</strong>{' '}
        <span data-testid="workflow-assignee">{assignment.assignee?.name ?? 'nobody yet'}</span>
        {assignment.dueAt && (
          <>
            {' '}
            · due <span data-testid="workflow-due">{formatDue(assignment.dueAt)}</span>{' '}
            {assignment.overdue && (
              <Pill size="small" pillStyle="error">
                Overdue
              </Pill>
            )}
          </>
        )}
      </p>
      {assignment.canAssign && (
        <>
          <SelectInput
            name="workflowAssignee"
            path="workflowAssignee"
            label="Assign to"
            isClearable
            value={assignee}
            options={assignment.candidates.map((person) => ({
              value: String(person.id),
              label: person.name ?? `User ${person.id}`,
            }))}
            onChange={(option) => {
              const chosen = Array.isArray(option) ? option[0] : option
              setAssignee(chosen ? String((chosen as { value: string }).value) : '')
            }}
          />
          <label htmlFor="workflow-due-at">Due</label>
          <DatePicker
            id="workflow-due-at"
            pickerAppearance="dayAndTime"
            value={dueAt ?? undefined}
            onChange={(value: Date) => setDueAt(value)}
          />
          <div className="assignment-box__buttons">
            <Button
              buttonStyle="secondary"
              size="small"
              margin={false}
              disabled={busy}
              onClick={() => void save(assignee)}
            >
              Save assignment
            </Button>
            {currentUserId !== undefined &&
              String(assignment.assignee?.id) !== String(currentUserId) &&
              assignment.candidates.some((person) => String(person.id) === String(currentUserId)) && (
                <Button
                  buttonStyle="secondary"
                  size="small"
                  margin={false}
                  disabled={busy}
                  onClick={() => void save(String(currentUserId))}
                >
                  Assign to me
                </Button>
              )}
          </div>
        </>
      )}
    </div>
  )
}
