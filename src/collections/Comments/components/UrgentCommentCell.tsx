import type { DefaultServerCellComponentProps } from 'payload'
import React from 'react'

/** The moderation queue's "urgent" column: crisis comments stand out instead of reading "true". */
export const UrgentCommentCell: React.FC<DefaultServerCellComponentProps> = ({ cellData }) =>
  cellData ? (
    <span
      data-testid="urgent-flag"
      style={{
        background: 'var(--theme-error-100)',
        color: 'var(--theme-error-800)',
        borderRadius: 3,
        padding: '2px 6px',
        fontWeight: 600,
      }}
    >
      Urgent: crisis language
    </span>
  ) : (
    <span aria-label="not urgent">–</span>
  )
