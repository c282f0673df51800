export class ImportError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImportError'
  }
}

export type PostFormat = 'markdown' | 'html'

export const formatFromFileName = (fileName: string): PostFormat => {
  if (/\.(md|markdown)$/i.test(fileName)) return 'markdown'
  if (/\.html?$/i.test(fileName)) return 'html'
  throw new ImportError(`Unsupported file type: ${fileName}. Use a .md, .markdown, .html or .htm file.`)
}
