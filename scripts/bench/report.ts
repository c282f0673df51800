import fs from 'fs'
import os from 'os'
import path from 'path'

import { projectRoot } from '../../src/lib/paths'

const FILE = path.join(projectRoot, 'docs/benchmarks.md')

export const machine = () =>
  `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`

/** Replaces (or appends) one `## <title>` section of docs/benchmarks.md, leaving the others. */
export const writeSection = (title: string, body: string) => {
  const header = '# Benchmarks\n\nWritten by `npm run bench`; numbers are from the machine named in each section.\n'
  const current = fs.existsSync(FILE) ? fs.readFileSync(FILE, 'utf8') : header
  const section = `## ${title}\n\n${body.trim()}\n`
  const pattern = new RegExp(`## ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n[\\s\\S]*?(?=\\n## |$)`)
  const next = pattern.test(current) ? current.replace(pattern, section) : `${current.trimEnd()}\n\n${section}`
  fs.writeFileSync(FILE, next.endsWith('\n') ? next : `${next}\n`)
}
