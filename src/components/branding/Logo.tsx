import React from 'react'

import { VettedMark } from './VettedMark'

/** The admin's logo (login and create-first-user screens): the mark and the name. */
export const Logo: React.FC = () => (
  <div style={{ display: 'flex', alignItems: 'center', gap: 12 }} data-testid="vetted-logo">
    <VettedMark size={44} />
    <span style={{ fontSize: 32, fontWeight: 700, letterSpacing: '-0.02em', color: 'var(--theme-text)' }}>Vetted</span>
  </div>
)
