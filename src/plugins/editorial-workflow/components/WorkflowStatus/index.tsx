'use client'

import { Pill, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React from 'react'

import { STATE_LABELS, type WorkflowState } from '../../machine'

import './index.scss'

/**
 * The document header's status: the workflow state, in place of Payload's draft/published status
 * (one status, not two), and whether a version of the document is live meanwhile.
 */
export const WorkflowStatus: React.FC = () => {
  const state = useFormFields(([fields]) => fields?.workflowState?.value as WorkflowState | undefined)
  const { hasPublishedDoc } = useDocumentInfo()
  if (!state) return null
  return (
    <div data-testid="header-workflow-status" className="workflow-status">
      <span>Workflow:</span>
      <Pill size="small" pillStyle={state === 'published' ? 'success' : 'light'}>
        {STATE_LABELS[state]}
      </Pill>
      {hasPublishedDoc && state !== 'published' && <span>· a version is live</span>}
    </div>
  )
}
