'use client'

import { useAuth } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import React from 'react'

import { STATE_LABELS, WAITING_FOR, type WorkflowState } from '../../machine'

import './index.scss'

/** Above each workflow list: a "Waiting for me" filter for the signed-in user's roles. */
export const WaitingForMe: React.FC = () => {
  const { user } = useAuth<{ id: number | string; roles?: string[] }>()
  const pathname = usePathname()
  const states = Array.from(new Set((user?.roles ?? []).flatMap((role) => WAITING_FOR[role] ?? []))) as WorkflowState[]
  if (!states.length) return null
  // An editor's drafts are the ones they last edited, not everyone's.
  const onlyMine = user?.roles?.length === 1 && user.roles[0] === 'editor'
  const query = [
    ...states.map((state, index) => `where[workflowState][in][${index}]=${state}`),
    ...(onlyMine ? [`where[lastEditedBy][equals]=${user.id}`] : []),
  ].join('&')
  return (
    <p className="waiting-for-me">
      <a href={`${pathname}?${query}`}>Waiting for me</a> ({states.map((state) => STATE_LABELS[state]).join(', ')}) ·{' '}
      <a href={pathname}>All</a>
    </p>
  )
}
