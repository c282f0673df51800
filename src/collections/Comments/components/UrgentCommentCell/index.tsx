import type { DefaultServerCellComponentProps } from 'payload'
import React from 'react'

import './index.scss'

/** The moderation queue's "urgent" column: crisis comments stand out instead of reading "true". */
export const UrgentCommentCell: React.FC<DefaultServerCellComponentProps> = ({ cellData }) =>
  cellData ? (
    <span data-testid="urgent-flag" className="urgent-flag">
      Urgent: crisis language
    </span>
  ) : (
    <span aria-label="not urgent">–</span>
  )
