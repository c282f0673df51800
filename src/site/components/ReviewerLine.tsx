import React from 'react'

import type { Byline } from '../queries'
import { formatDate } from '../format'

const withCredentials = (person: { name?: string; credentials?: string | null }) =>
  person.credentials ? `${person.name}, ${person.credentials}` : person.name

/** "By …" and "Clinically reviewed by <name, credentials> on <date>", with the next review date. */
export const ReviewerLine: React.FC<{ byline: Byline }> = ({ byline }) => (
  <div className="byline">
    {byline.authors?.length ? <p>By {byline.authors.map(withCredentials).join(', ')}</p> : null}
    {byline.reviewer ? (
      <p className="byline__reviewer" data-testid="reviewer-line">
        Clinically reviewed by {withCredentials(byline.reviewer)} on{' '}
        <time dateTime={byline.reviewer.reviewedAt}>{formatDate(byline.reviewer.reviewedAt ?? '')}</time>
        {byline.reviewer.nextReviewDue && (
          <>
            {' '}
            · Next review due{' '}
            <time dateTime={byline.reviewer.nextReviewDue}>{formatDate(byline.reviewer.nextReviewDue)}</time>
          </>
        )}
      </p>
    ) : (
      <p className="byline__reviewer byline__reviewer--pending">Not yet clinically reviewed.</p>
    )}
  </div>
)
