/**
 * What changed in a document's content between two versions, for the reviewer: field by field, the
 * sentences removed and added. Pure: knows nothing of Payload.
 */

export type Change = { type: 'added' | 'removed'; text: string }

export type FieldChange = { field: string; label: string; changes: Change[] }

/** Rich-text nodes that sit inside a line; every other element node ends one. */
const INLINE_NODES = new Set(['text', 'link', 'autolink'])

/** The readable text of a stored value: strings as they are, rich text by its text nodes, references by id. */
export const textOf = (value: unknown): string => {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return value.map(textOf).filter(Boolean).join('\n')
  if (typeof value !== 'object') return ''
  const node = value as Record<string, unknown>
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  if (node.root) return textOf(node.root)
  if (Array.isArray(node.children)) {
    const inner = node.children.map(textOf).join('')
    return INLINE_NODES.has(String(node.type)) || node.type === 'root' ? inner : `${inner}\n`
  }
  if (node.fields) return `${textOf(node.fields)}\n`
  if ('id' in node) return String(node.id)
  return Object.values(node).map(textOf).filter(Boolean).join('\n')
}

/** Sentences (and lines), the unit a reviewer reads a change in. */
export const sentencesOf = (text: string): string[] =>
  text
    .split(/\n+|(?<=[.!?])\s+(?=[A-Z0-9“"'(])/)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter(Boolean)

/** The sentences removed from `before` and added in `after`, in reading order, a removal before its replacement. */
export const diffSentences = (before: string[], after: string[]): Change[] => {
  const rows = before.length + 1
  const columns = after.length + 1
  const common: number[] = new Array(rows * columns).fill(0)
  for (let i = before.length - 1; i >= 0; i--)
    for (let j = after.length - 1; j >= 0; j--)
      common[i * columns + j] =
        before[i] === after[j]
          ? common[(i + 1) * columns + j + 1] + 1
          : Math.max(common[(i + 1) * columns + j], common[i * columns + j + 1])
  const changes: Change[] = []
  let i = 0
  let j = 0
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i] === after[j]) {
      i++
      j++
    } else if (
      j < after.length &&
      (i === before.length || common[i * columns + j + 1] > common[(i + 1) * columns + j])
    ) {
      changes.push({ type: 'added', text: after[j++] })
    } else {
      changes.push({ type: 'removed', text: before[i++] })
    }
  }
  return changes
}

/** The changes, field by field, between two versions of a document's content fields. */
export const diffContent = (
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  fields: { name: string; label: string }[],
): FieldChange[] =>
  fields.flatMap(({ name, label }) => {
    const changes = diffSentences(sentencesOf(textOf(before[name])), sentencesOf(textOf(after[name])))
    return changes.length ? [{ field: name, label, changes }] : []
  })
