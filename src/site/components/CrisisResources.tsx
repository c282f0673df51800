import React from 'react'

import type { CrisisResources as Resources } from '../queries'

/** The crisis resources, as a labelled region: a banner at the top of a page, or where the editor placed the block. */
export const CrisisResources: React.FC<{ resources: Resources; id?: string; compact?: boolean; live?: boolean }> = ({
  resources,
  id,
  compact,
  live,
}) => (
  <section
    className={compact ? 'crisis crisis--compact' : 'crisis'}
    aria-labelledby={id}
    role={live ? 'alert' : undefined}
  >
    <h2 id={id} className="crisis__heading">
      {resources.heading}
    </h2>
    <ul className="crisis__list">
      {(resources.resources ?? []).map((resource) => (
        <li key={resource.label}>
          {resource.href ? <a href={resource.href}>{resource.label}</a> : <strong>{resource.label}</strong>}
          {resource.detail ? <span>: {resource.detail}</span> : null}
        </li>
      ))}
    </ul>
  </section>
)
