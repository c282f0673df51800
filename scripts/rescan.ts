/**
 * `npm run rescan -- [--dry-run] [--collection articles|faqs|testimonials] [--all]`
 * Re-analyses every article, FAQ and testimonial with the current engine and lexicon, updates the
 * stored findings and claim records (decisions of unchanged claims are kept) without editing the
 * documents, and reports what changed. --dry-run writes nothing; --all lists every finding.
 */
import { withDevelopmentPayload } from './lib/developmentPayload'
import { reportProgress } from '../src/lib/progress.mjs'
import type { RescanProgress } from '../src/plugins/mental-health/rescan'

const usage = 'Usage: npm run rescan -- [--dry-run] [--collection articles|faqs|testimonials] [--all]'
const log = (message: string) => console.log(`[rescan] ${message}`)

class UsageError extends Error {}

const parseArgs = (argv: string[]) => {
  const options = { dryRun: false, all: false, collections: undefined as string[] | undefined }
  for (let at = 0; at < argv.length; at++) {
    const arg = argv[at]
    if (arg === '--dry-run') options.dryRun = true
    else if (arg === '--all') options.all = true
    else if (arg === '--collection' || arg.startsWith('--collection=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++at]
      if (!value) throw new UsageError(`--collection needs a collection name.\n${usage}`)
      options.collections = [...(options.collections ?? []), ...value.split(',').filter(Boolean)]
    } else throw new UsageError(`Unknown argument: ${arg}\n${usage}`)
  }
  return options
}

const BAR_WIDTH = 30
const PLAIN_EVERY_MS = 2000

/** A bar redrawn in place on a terminal; elsewhere (CI, pipes) a plain line every couple of seconds. */
const progressDisplay = (stream: NodeJS.WriteStream = process.stderr) => {
  let lastLine = 0
  let drawn = false
  return {
    update: ({ collection, done, total }: RescanProgress) => {
      const share = total ? done / total : 1
      const counts = `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} documents`
      if (stream.isTTY) {
        const filled = Math.round(share * BAR_WIDTH)
        stream.write(
          `\r[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${Math.floor(share * 100)}% ${counts} (${collection})\x1b[K`,
        )
        drawn = true
      } else if (Date.now() - lastLine >= PLAIN_EVERY_MS || done === total) {
        lastLine = Date.now()
        stream.write(`[rescan] ${counts} (${Math.floor(share * 100)}%, ${collection})\n`)
      }
    },
    end: () => {
      if (drawn) stream.write('\n')
    },
  }
}

let writing = false

const main = async () => {
  const { dryRun, all, collections } = parseArgs(process.argv.slice(2))
  writing = !dryRun

  await withDevelopmentPayload(log, async (payload) => {
    const { formatRescanReport, rescanDocuments } = await import('../src/plugins/mental-health/rescan')
    const display = progressDisplay()
    reportProgress('counting documents')
    const report = await rescanDocuments(payload, {
      collections,
      dryRun,
      onProgress: (progress) => {
        reportProgress(`rescanning ${progress.collection} (${progress.done}/${progress.total} documents)`)
        display.update(progress)
      },
    })
    display.end()
    console.log(`\n${formatRescanReport(report, { limit: all ? Infinity : 50 })}`)
  })
}

await main()
  .then(() => process.exit(0))
  .catch((error) => {
    if (error instanceof UsageError) console.error(`[rescan] ${error.message}`)
    else
      console.error(
        `[rescan] Rescan failed: ${error instanceof Error ? error.message : String(error)}` +
          (writing ? ' (finished batches are kept; running the rescan again completes it)' : ''),
      )
    process.exit(1)
  })
