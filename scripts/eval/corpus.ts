/**
 * The labelled development corpus in tests/fixtures/corpus/: documents (`documents/*.md`, labels in
 * a sibling `.json`) and reader comments (`comments/comments.json`). See its README.
 */
import fs from 'fs'
import path from 'path'

import type { ClaimType } from '../../src/plugins/mental-health/analysis'
import { markdownToPlainText } from '../../src/plugins/mental-health/analysis/plainText'
import { projectRoot } from '../../src/lib/paths'

export const corpusDir = path.join(projectRoot, 'tests/fixtures/corpus')

export type Kind = 'article' | 'faq' | 'testimonial'

export type LabelledDocument = {
  id: string
  kind: Kind
  text: string
  claims: { text: string; type: ClaimType }[]
  language: { text: string; rule: string }[]
  negatives: string[]
  crisisTopic: boolean
}

export type LabelledComment = { text: string; label: 'crisis' | 'calm'; kind: string }

const frontMatterValue = (markdown: string, key: string): string | undefined =>
  new RegExp(`^${key}:\\s*(.+)$`, 'm').exec(/^---\r?\n([\s\S]*?)\r?\n---/.exec(markdown)?.[1] ?? '')?.[1]?.trim()

export const loadDocuments = (dir = path.join(corpusDir, 'documents')): LabelledDocument[] =>
  fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .sort()
    .map((file) => {
      const markdown = fs.readFileSync(path.join(dir, file), 'utf8')
      const labels = JSON.parse(fs.readFileSync(path.join(dir, file.replace(/\.md$/, '.json')), 'utf8'))
      const kind = (frontMatterValue(markdown, 'kind') ?? 'article') as Kind
      return {
        id: file.replace(/\.md$/, ''),
        kind,
        text: markdownToPlainText(markdown),
        claims: labels.claims ?? [],
        language: labels.language ?? [],
        negatives: labels.negatives ?? [],
        crisisTopic: Boolean(labels.crisisTopic),
      }
    })

export const loadComments = (file = path.join(corpusDir, 'comments/comments.json')): LabelledComment[] =>
  fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : []
