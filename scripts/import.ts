/**
 * `npm run import -- <file.md|file.html> [--author <email>]`
 * Imports a Markdown or HTML post as a draft article, and its FAQ section as linked FAQ drafts,
 * crediting an existing user as author with --author (or IMPORT_AUTHOR_EMAIL).
 */
import fs from 'fs'
import path from 'path'

import { withDevelopmentPayload } from './lib/developmentPayload'
import { reportProgress } from '../src/lib/progress.mjs'
import { formatFromFileName, ImportError } from '../src/import/fileFormat'

const usage = 'Usage: npm run import -- <file.md|file.html> [--author <email>]'
const log = (message: string) => console.log(`[import] ${message}`)

const parseArgs = (argv: string[]) => {
  const args = [...argv]
  let authorEmail = process.env.IMPORT_AUTHOR_EMAIL?.trim() || undefined
  const authorAt = args.indexOf('--author')
  if (authorAt !== -1) {
    authorEmail = args[authorAt + 1]
    if (!authorEmail) throw new ImportError('--author needs an email address.')
    args.splice(authorAt, 2)
  }
  if (args.length !== 1) throw new ImportError(usage)
  return { file: path.resolve(args[0]), authorEmail }
}

/** Payload's validation errors carry the offending fields in `data.errors`. */
const describe = (error: unknown): string => {
  if (!(error instanceof Error)) return String(error)
  const fields = (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors
  return fields?.length
    ? `${error.message} (${fields.map((f) => `${f.path}: ${f.message}`).join('; ')})`
    : error.message
}

const main = async () => {
  const { file, authorEmail } = parseArgs(process.argv.slice(2))
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new ImportError(`File not found: ${file}`)
  const format = formatFromFileName(file)
  const text = fs.readFileSync(file, 'utf8')
  log(`Reading ${path.basename(file)} (${format}, ${text.length} characters)…`)

  await withDevelopmentPayload(log, async (payload) => {
    const { importPost } = await import('../src/import/importPost')
    const onProgress = (message: string) => {
      reportProgress(`importing (${message})`)
      log(message)
    }
    const result = await importPost(payload, { text, format, authorEmail, onProgress })
    console.log(
      `\nImported "${result.article.title}" as draft article #${result.article.id} (slug: ${result.article.slug})` +
        ` with ${result.faqs.length} linked FAQ draft(s)` +
        (result.category ? ` in category "${result.category.name}"` : '') +
        '.',
    )
  })
}

await main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(`[import] Import failed, nothing was written: ${describe(error)}`)
    process.exit(1)
  })
