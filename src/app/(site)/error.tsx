'use client'

import React from 'react'

/** Shown when the API cannot be reached or answers an error: no stack traces, and a way to retry. */
export default function SiteError({ reset }: { error: Error; reset: () => void }) {
  return (
    <>
      <h1>This page could not be loaded</h1>
      <p>Something went wrong on our side. Please try again in a moment.</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </>
  )
}
