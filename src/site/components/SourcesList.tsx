import React from 'react'

import type { Source } from '../queries'

const EVIDENCE_LABELS: Record<string, string> = {
  'systematic-review': 'systematic review or meta-analysis',
  rct: 'randomized controlled trial',
  'cohort-observational': 'cohort or observational study',
  'government-statistic': 'government statistic',
  'clinical-guideline': 'clinical guideline',
  'expert-opinion': 'expert opinion',
}

const sourceHref = (source: Source) => source.url ?? (source.doi ? `https://doi.org/${source.doi}` : null)

/** The references behind the article's approved claims. */
export const SourcesList: React.FC<{ sources: Source[] }> = ({ sources }) =>
  sources.length ? (
    <section aria-labelledby="sources-heading" className="sources">
      <h2 id="sources-heading">Sources</h2>
      <ol>
        {sources.map((source) => {
          const href = sourceHref(source)
          const details = [
            source.publisher,
            source.year,
            source.evidenceLevel ? EVIDENCE_LABELS[source.evidenceLevel] : null,
          ]
            .filter(Boolean)
            .join(', ')
          return (
            <li key={`${source.title}-${href}`}>
              {href ? (
                <a href={href} rel="noopener noreferrer">
                  {source.title}
                </a>
              ) : (
                source.title
              )}
              {details && <span className="sources__details"> ({details})</span>}
            </li>
          )
        })}
      </ol>
    </section>
  ) : null
