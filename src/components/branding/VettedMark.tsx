import React from 'react'

/** Vetted's mark: a shield holding a check, drawn in the theme's text colour on a teal shield. */
export const VettedMark: React.FC<{ size: number; title?: string }> = ({ size, title }) => (
  <svg
    width={size}
    height={size}
    viewBox="0 0 32 32"
    role={title ? 'img' : undefined}
    aria-hidden={title ? undefined : true}
    aria-label={title}
    xmlns="http://www.w3.org/2000/svg"
  >
    <path d="M16 2 4 6.5v8.7C4 23 9.2 28.4 16 30c6.8-1.6 12-7 12-14.8V6.5L16 2Z" fill="#0f766e" />
    <path
      d="m10 16.2 4.2 4.2L22.5 12"
      fill="none"
      stroke="#ffffff"
      strokeWidth="3"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
)
