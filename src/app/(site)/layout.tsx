import type { Metadata, Viewport } from 'next'
import Link from 'next/link'
import React from 'react'

import { CrisisResources } from '@/site/components/CrisisResources'
import { loadCrisisResources } from '@/site/data'
import { siteName, siteUrl } from '@/site/config'

import './site.css'

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: siteName(), template: `%s · ${siteName()}` },
  description: 'Clinically reviewed mental-health information.',
  openGraph: { siteName: siteName(), type: 'website' },
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

/** The reference public site: every page reads Vetted over the public GraphQL API (src/site). */
export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const crisisResources = await loadCrisisResources()
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="container site-header__inner">
            <Link href="/" className="site-header__name">
              {siteName()}
            </Link>
            <nav aria-label="Main">
              <ul className="site-nav">
                <li>
                  <Link href="/articles">Articles</Link>
                </li>
                <li>
                  <Link href="/faq">FAQ</Link>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="container" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="container">
            {crisisResources ? (
              <CrisisResources resources={crisisResources} id="footer-crisis-heading" compact />
            ) : (
              <p>
                <strong>In crisis?</strong> Call your local emergency number now.
              </p>
            )}
            <p>
              This site offers information, not medical advice. Every article is reviewed by a clinician before it is
              published.
            </p>
          </div>
        </footer>
      </body>
    </html>
  )
}
