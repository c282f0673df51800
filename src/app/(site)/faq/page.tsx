import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { Metadata } from 'next'
import React from 'react'

import { FaqSection } from '@/site/components/FaqSection'
import { JsonLd } from '@/site/components/JsonLd'
import { loadFaqs, type FaqWithCategories } from '@/site/data'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Frequently asked questions', alternates: { canonical: '/faq' } }

const groupByCategory = (faqs: FaqWithCategories[]) => {
  const groups = new Map<string, FaqWithCategories[]>()
  for (const faq of faqs) {
    const name = faq.categories?.[0]?.name ?? 'General'
    groups.set(name, [...(groups.get(name) ?? []), faq])
  }
  return [...groups.entries()]
}

const faqPageJsonLd = (faqs: FaqWithCategories[]) => ({
  '@context': 'https://schema.org',
  '@type': 'FAQPage',
  mainEntity: faqs.map((faq) => ({
    '@type': 'Question',
    name: faq.question,
    acceptedAnswer: { '@type': 'Answer', text: convertLexicalToPlaintext({ data: faq.answer }) },
  })),
})

export default async function FaqPage() {
  const faqs = await loadFaqs()
  const groups = groupByCategory(faqs)
  return (
    <>
      <h1>Frequently asked questions</h1>
      {faqs.length === 0 && <p>No questions have been published yet.</p>}
      {groups.map(([name, items]) => (
        <FaqSection key={name} faqs={items} heading={groups.length > 1 ? name : 'All questions'} />
      ))}
      {faqs.length > 0 && <JsonLd data={faqPageJsonLd(faqs)} />}
    </>
  )
}
