/**
 * Splits a converted post (a Lexical editor state) into the parts Vetted stores separately: the
 * title (the first level-1 heading), the article body, and the FAQ section's question/answer pairs.
 * Pure: knows nothing of Payload.
 */

type LexicalNode = {
  type: string
  tag?: string
  text?: string
  children?: LexicalNode[]
  [key: string]: unknown
}

export type EditorStateLike = { root: LexicalNode & { children: LexicalNode[] } }

export type SplitFaq = { question: string; answer: EditorStateLike }

export type SplitPost = {
  title?: string
  body: EditorStateLike
  excerpt?: string
  faqs: SplitFaq[]
}

const FAQ_HEADING = /^(faqs?|frequently asked questions)\b/i
const EXCERPT_LENGTH = 300

export const textOf = (node: LexicalNode): string =>
  typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join('')

const headingLevel = (node: LexicalNode): number | undefined =>
  node.type === 'heading' && node.tag ? Number(node.tag.slice(1)) : undefined

const withChildren = (state: EditorStateLike, children: LexicalNode[]): EditorStateLike => ({
  ...state,
  root: { ...state.root, children },
})

const truncateAtWord = (text: string, max: number): string => {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 0)) || cut}…`
}

const splitFaqSection = (state: EditorStateLike, nodes: LexicalNode[]): SplitFaq[] => {
  const faqs: SplitFaq[] = []
  let current: { question: string; answer: LexicalNode[] } | undefined
  for (const node of nodes) {
    if (headingLevel(node) !== undefined) {
      if (current) faqs.push({ question: current.question, answer: withChildren(state, current.answer) })
      current = { question: textOf(node).trim(), answer: [] }
    } else if (current) {
      current.answer.push(node)
    }
  }
  if (current) faqs.push({ question: current.question, answer: withChildren(state, current.answer) })
  return faqs.filter((faq) => faq.question && faq.answer.root.children.length > 0)
}

export const splitPost = (state: EditorStateLike, { title: givenTitle }: { title?: string } = {}): SplitPost => {
  let nodes = [...state.root.children]

  let title = givenTitle?.trim() || undefined
  const firstH1 = nodes.findIndex((node) => headingLevel(node) === 1)
  if (firstH1 !== -1 && (!title || textOf(nodes[firstH1]).trim() === title)) {
    title ??= textOf(nodes[firstH1]).trim() || undefined
    nodes.splice(firstH1, 1)
  }

  let faqs: SplitFaq[] = []
  const faqStart = nodes.findIndex((node) => headingLevel(node) !== undefined && FAQ_HEADING.test(textOf(node).trim()))
  if (faqStart !== -1) {
    const level = headingLevel(nodes[faqStart])!
    const after = nodes.slice(faqStart + 1)
    const sectionLength = after.findIndex((node) => (headingLevel(node) ?? Infinity) <= level)
    const section = sectionLength === -1 ? after : after.slice(0, sectionLength)
    faqs = splitFaqSection(state, section)
    nodes = [...nodes.slice(0, faqStart), ...after.slice(section.length)]
  }

  const firstParagraph = nodes.find((node) => node.type === 'paragraph' && textOf(node).trim())
  const excerpt = firstParagraph ? truncateAtWord(textOf(firstParagraph).trim(), EXCERPT_LENGTH) : undefined

  return { title, body: withChildren(state, nodes), excerpt, faqs }
}
