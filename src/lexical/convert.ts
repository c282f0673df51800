import { convertHTMLToLexical, convertMarkdownToLexical } from '@payloadcms/richtext-lexical'
import { JSDOM } from 'jsdom'
import type { SanitizedConfig } from 'payload'

import { defaultEditorConfig } from './editorConfig'

export type EditorState = ReturnType<typeof convertMarkdownToLexical>

export const markdownToLexical = async (markdown: string, config: SanitizedConfig): Promise<EditorState> =>
  convertMarkdownToLexical({ editorConfig: await defaultEditorConfig(config), markdown })

export const htmlToLexical = async (html: string, config: SanitizedConfig): Promise<EditorState> =>
  convertHTMLToLexical({ editorConfig: await defaultEditorConfig(config), html, JSDOM })
