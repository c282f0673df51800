import Link from 'next/link'
import React from 'react'

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        This page does not exist or is not published. <Link href="/">See the latest articles</Link>.
      </p>
    </>
  )
}
