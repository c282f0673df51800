/**
 * Where a phrase stands in an editor's rendered text: DOM ranges over its text nodes, so findings can
 * be highlighted without touching the document. Matches may cross formatting (bold inside a sentence).
 */

type Piece = { node: Text; start: number }

const piecesOf = (root: HTMLElement): { text: string; pieces: Piece[] } => {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  const pieces: Piece[] = []
  let text = ''
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    pieces.push({ node, start: text.length })
    text += node.data
  }
  return { text, pieces }
}

const pointAt = (pieces: Piece[], offset: number): [Text, number] => {
  let index = pieces.length - 1
  while (index > 0 && pieces[index].start > offset) index--
  return [pieces[index].node, offset - pieces[index].start]
}

const normalise = (text: string) => text.replace(/\s/g, ' ').toLowerCase()

/** Every place `phrase` stands in the rendered text under `root` (case and spacing aside). */
export const rangesOf = (root: HTMLElement, phrase: string): Range[] => {
  const needle = normalise(phrase.trim())
  if (!needle) return []
  const { text, pieces } = piecesOf(root)
  const haystack = normalise(text)
  const ranges: Range[] = []
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
    const range = document.createRange()
    range.setStart(...pointAt(pieces, at))
    range.setEnd(...pointAt(pieces, at + needle.length))
    ranges.push(range)
  }
  return ranges
}

/** Whether a point (from a click) falls inside a range. */
export const rangeHolds = (range: Range, node: Node, offset: number) => range.comparePoint(node, offset) === 0
