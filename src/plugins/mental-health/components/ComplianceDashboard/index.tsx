'use client'

import { Link, useAuth, useConfig } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React, { useEffect, useState } from 'react'

import './index.scss'

type Item = { collection: string; id: number; title: string }
type Dashboard = { pendingClaims: number; waitingForCompliance: Item[]; overdueReviews: Item[] }

const list = (items: Item[], adminRoute: string) =>
  items.length ? (
    <ul>
      {items.map((item) => (
        <li key={`${item.collection}-${item.id}`}>
          <a href={formatAdminURL({ adminRoute, path: `/collections/${item.collection}/${item.id}` })}>{item.title}</a>{' '}
          <small>({item.collection})</small>
        </li>
      ))}
    </ul>
  ) : (
    <p>None.</p>
  )

/** On the admin dashboard: pending claims, documents waiting for compliance, overdue clinical reviews. */
export const ComplianceDashboard: React.FC = () => {
  const {
    config: { routes, serverURL },
  } = useConfig()
  const [data, setData] = useState<Dashboard | null>(null)
  const { user } = useAuth<{ roles?: string[] }>()
  // Compliance's own widget: nobody else decides claims.
  const forCompliance = Boolean(user?.roles?.some((role) => role === 'compliance' || role === 'admin'))
  useEffect(() => {
    if (!forCompliance) return
    void fetch(`${serverURL}${routes.api}/compliance/dashboard`, { credentials: 'include' }).then(
      async (r) => r.ok && setData(await r.json()),
    )
  }, [serverURL, routes.api, forCompliance])
  if (!forCompliance || !data) return null
  return (
    <section className="compliance-dashboard" aria-labelledby="compliance-dashboard">
      <h2 id="compliance-dashboard">Compliance</h2>
      <p>
        <Link
          href={formatAdminURL({ adminRoute: routes.admin, path: '/collections/claims?where[status][equals]=pending' })}
        >
          {data.pendingClaims} pending claim(s)
        </Link>{' '}
        in the claims queue
      </p>
      <h3>Waiting for compliance</h3>
      {list(data.waitingForCompliance, routes.admin)}
      <h3>Clinical reviews overdue</h3>
      {list(data.overdueReviews, routes.admin)}
    </section>
  )
}
