'use client'

import { useAuth } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import React from 'react'

import { STATE_LABELS, WAITING_FOR, type WorkflowState } from '../machine'

/** Above each workflow list: a "Waiting for me" filter for the signed-in user's roles. */
export const WaitingForMe: React.FC = () => {
  const { user } = useAuth<{ roles?: string[] }>()
  const pathname = usePathname()
  const states = Array.from(new Set((user?.roles ?? []).flatMap((role) => WAITING_FOR[role] ?? []))) as WorkflowState[]
  if (!states.length) return null
  const query = states.map((state, index) => `where[workflowState][in][${index}]=${state}`).join('&')
  return (
    <p style={{ margin: '0 0 12px' }}>
      <a href={`${pathname}?${query}`}>Waiting for me</a> ({states.map((state) => STATE_LABELS[state]).join(', ')}) ·{' '}
      <a href={pathname}>All</a>
    </p>
  )
}
