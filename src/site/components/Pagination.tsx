import Link from 'next/link'
import React from 'react'

/** Previous / next links with the current position; nothing when everything fits on one page. */
export const Pagination: React.FC<{ basePath: string; page: number; totalPages: number }> = ({
  basePath,
  page,
  totalPages,
}) => {
  if (totalPages <= 1) return null
  const href = (target: number) => (target === 1 ? basePath : `${basePath}?page=${target}`)
  return (
    <nav aria-label="Pagination" className="pagination">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          ← Newer articles
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next">
          Older articles →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
