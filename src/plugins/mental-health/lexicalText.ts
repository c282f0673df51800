import { CRISIS_BLOCK_SLUG } from './defaults'

/** Lexical helpers that need no Payload: plain text of a document and whether it holds a block. */
type Node = { type?: string; text?: string; children?: Node[]; fields?: { blockType?: string } }

export const lexicalPlainText = (state: unknown): string => {
  const walk = (node: Node): string =>
    typeof node.text === 'string' ? node.text : (node.children ?? []).map(walk).join(node.type === 'root' ? '\n' : '')
  const root = (state as { root?: Node } | null)?.root
  return root ? walk(root) : ''
}

export const hasBlock = (state: unknown, blockType: string): boolean => {
  const walk = (node: Node): boolean =>
    (node.type === 'block' && node.fields?.blockType === blockType) || (node.children ?? []).some(walk)
  const root = (state as { root?: Node } | null)?.root
  return root ? walk(root) : false
}

/** Whether a rich-text document holds the crisis resources block. */
export const hasCrisisResourcesBlock = (state: unknown): boolean => hasBlock(state, CRISIS_BLOCK_SLUG)
