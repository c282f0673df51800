import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { SerializedBlockNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import {
  LinkJSXConverter,
  RichText as LexicalRichText,
  type JSXConvertersFunction,
} from '@payloadcms/richtext-lexical/react'
import React from 'react'

import type { CrisisResources as Resources } from '../queries'
import { CrisisResources } from './CrisisResources'

const SITE_PATHS: Record<string, string> = { articles: '/articles', categories: '/categories' }

/**
 * Internal links point at the linked page. GraphQL populates the linked document (rich text has its
 * own `depth`) only when the reader may see it: a link to an unpublished page leads nowhere.
 */
const internalDocToHref = ({ linkNode }: { linkNode: SerializedLinkNode }) => {
  const doc = linkNode.fields.doc
  const slug = typeof doc?.value === 'object' ? (doc.value as { slug?: string }).slug : undefined
  const base = doc ? SITE_PATHS[doc.relationTo] : undefined
  return base && slug ? `${base}/${slug}` : '#'
}

/** Renders Lexical JSON with Payload's converters; the crisis resources block renders the current resources where the editor placed it. */
export const RichText: React.FC<{
  data: SerializedEditorState
  crisisResources?: Resources | null
  className?: string
}> = ({ data, crisisResources, className }) => {
  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    ...LinkJSXConverter({ internalDocToHref }),
    blocks: {
      crisisResources: ({ node }: { node: SerializedBlockNode<{ variant?: string }> }) =>
        crisisResources ? (
          <CrisisResources
            resources={crisisResources}
            compact={node.fields.variant === 'compact'}
            id={`crisis-block-${node.fields.id ?? 'inline'}`}
          />
        ) : null,
    },
  })
  return <LexicalRichText data={data} converters={converters} className={className ?? 'prose'} />
}
