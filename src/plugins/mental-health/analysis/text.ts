export type Span = { text: string; start: number; end: number }

const ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'st',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'no',
  'approx',
  'inc',
  'jr',
  'sr',
  'prof',
  'u.s',
  'fig',
  'ph.d',
])

/** Splits text into sentences with their offsets; line breaks always end a sentence. */
export const sentences = (text: string): Span[] => {
  const result: Span[] = []
  let start = 0
  const push = (end: number) => {
    const raw = text.slice(start, end)
    const lead = raw.length - raw.trimStart().length
    const trimmed = raw.trim()
    if (trimmed) result.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length })
    start = end
  }
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '\n') {
      push(i)
      continue
    }
    if (char !== '.' && char !== '!' && char !== '?') continue
    let end = i + 1
    while (end < text.length && /["'”’)\]]/.test(text[end])) end++
    if (end < text.length && !/\s/.test(text[end])) continue
    if (char === '.') {
      const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, i - 8), i))?.[1]?.toLowerCase()
      if (word && ABBREVIATIONS.has(word)) continue
    }
    push(end)
    i = end - 1
  }
  push(text.length)
  return result
}

/** Ranges of text inside quotation marks (straight or curly), which language rules skip. */
export const quotedRanges = (text: string): [number, number][] => {
  const ranges: [number, number][] = []
  const pattern = /“[^”]*”|"[^"\n]*"/g
  for (let match = pattern.exec(text); match; match = pattern.exec(text))
    ranges.push([match.index, match.index + match[0].length])
  return ranges
}

export const normaliseSentence = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/[\s.!?;:,]+$/, '')
    .trim()

/** cyrb53: a fast, well-distributed 53-bit string hash, as 14 hex digits. */
export const hash53 = (value: string): string => {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0')
}

/** Stable under whitespace, case and trailing punctuation. */
export const fingerprint = (sentence: string): string => hash53(normaliseSentence(sentence))
