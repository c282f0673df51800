import type { Metadata, Viewport } from 'next'
import Link from 'next/link'
import React from 'react'

import { siteName } from '@/site/siteName'

import './site.css'

export const metadata: Metadata = {
  title: { default: siteName(), template: `%s · ${siteName()}` },
  description: 'Clinically reviewed mental-health information.',
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

/** The reference public site: every page reads Vetted over the public GraphQL API (src/site). */
export default function SiteLayout({ children }: { children: React.ReactNode }) {
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
                  <Link href="/">Articles</Link>
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
            <p>
              <strong>In crisis?</strong> In the US, call or text <a href="tel:988">988</a> (Suicide &amp; Crisis Lifeline), or call{' '}
              <a href="tel:911">911</a> in an emergency.
            </p>
            <p>This site offers information, not medical advice. Every article is reviewed by a clinician before it is published.</p>
          </div>
        </footer>
      </body>
    </html>
  )
}
