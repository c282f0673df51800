/**
 * An independent, line-based reading of a simple Markdown post into its blocks, used to check what
 * the importer kept. Deliberately naive: headings, "- " list items and paragraphs only.
 */
export type Block = { kind: 'heading' | 'paragraph' | 'item'; text: string; level?: number }

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim()

export const markdownBlocks = (markdown: string): Block[] => {
  const blocks: Block[] = []
  let paragraph: string[] = []
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: normalise(paragraph.join(' ')) })
    paragraph = []
  }
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^(#{1,6})\s+(.*)$/.exec(line)
    const item = /^\s*[-*]\s+(.*)$/.exec(line)
    if (heading) {
      flush()
      blocks.push({ kind: 'heading', level: heading[1].length, text: normalise(heading[2]) })
    } else if (item) {
      flush()
      blocks.push({ kind: 'item', text: normalise(item[1]) })
    } else if (!line.trim()) {
      flush()
    } else {
      paragraph.push(line)
    }
  }
  flush()
  return blocks
}

type Node = { type: string; tag?: string; text?: string; children?: Node[] }

const textOf = (node: Node): string =>
  typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join('')

/** The same blocks, read back from a stored Lexical document. */
export const lexicalBlocks = (state: { root: Node }): Block[] =>
  (state.root.children ?? []).flatMap((node): Block[] => {
    if (node.type === 'heading')
      return [{ kind: 'heading', level: Number(node.tag!.slice(1)), text: normalise(textOf(node)) }]
    if (node.type === 'list')
      return (node.children ?? []).map((item) => ({ kind: 'item' as const, text: normalise(textOf(item)) }))
    return [{ kind: 'paragraph', text: normalise(textOf(node)) }]
  })
