import React from 'react'

import type { Faq } from '../queries'
import { RichText } from './RichText'

/** Questions and answers; each question is a heading so screen-reader users can jump between them. */
export const FaqSection: React.FC<{ faqs: Faq[]; heading?: string; headingLevel?: 2 | 3 }> = ({
  faqs,
  heading = 'Frequently asked questions',
  headingLevel = 2,
}) => {
  if (!faqs.length) return null
  const Heading = `h${headingLevel}` as const
  const Question = `h${headingLevel + 1}` as 'h3' | 'h4'
  const id = `faq-heading-${heading.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`
  return (
    <section aria-labelledby={id} className="faqs">
      <Heading id={id}>{heading}</Heading>
      {faqs.map((faq) => (
        <div key={faq.id} className="faq">
          <Question>{faq.question}</Question>
          <RichText data={faq.answer} />
        </div>
      ))}
    </section>
  )
}
