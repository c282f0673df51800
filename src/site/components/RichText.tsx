import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { SerializedBlockNode } from '@payloadcms/richtext-lexical'
import { LinkJSXConverter, RichText as LexicalRichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import React from 'react'

import type { CrisisResources as Resources } from '../queries'
import { CrisisResources } from './CrisisResources'

const internalDocToHref = ({ linkNode }: { linkNode: { fields: { doc?: { relationTo?: string; value?: unknown } | null } } }) => {
  const doc = linkNode.fields.doc
  const value = doc?.value as { slug?: string } | undefined
  if (doc?.relationTo === 'articles' && value?.slug) return `/articles/${value.slug}`
  if (doc?.relationTo === 'categories' && value?.slug) return `/categories/${value.slug}`
  return '/'
}

/** Renders Lexical JSON with Payload's converters; the crisis resources block renders the current resources where the editor placed it. */
export const RichText: React.FC<{ data: SerializedEditorState; crisisResources?: Resources | null; className?: string }> = ({ data, crisisResources, className }) => {
  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    ...LinkJSXConverter({ internalDocToHref: internalDocToHref as never }),
    blocks: {
      crisisResources: ({ node }: { node: SerializedBlockNode<{ variant?: string }> }) =>
        crisisResources ? <CrisisResources resources={crisisResources} compact={node.fields.variant === 'compact'} id={`crisis-block-${node.fields.id ?? 'inline'}`} /> : null,
    },
  })
  return <LexicalRichText data={data} converters={converters} className={className ?? 'prose'} />
}
