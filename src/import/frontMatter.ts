export type FrontMatter = Record<string, string>

/** Splits simple `key: value` front matter (between `---` lines) from a Markdown document. */
export const splitFrontMatter = (markdown: string): { data: FrontMatter; content: string } => {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(markdown)
  if (!match) return { data: {}, content: markdown }
  const data: FrontMatter = {}
  for (const line of match[1].split(/\r?\n/)) {
    const pair = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line)
    if (pair) data[pair[1].toLowerCase()] = pair[2].trim().replace(/^(["'])(.*)\1$/, '$2')
  }
  return { data, content: markdown.slice(match[0].length) }
}
