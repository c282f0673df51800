/** A script that begins a step and never finishes it: run.mjs's watchdog must end it, after its clean-up. */
import fs from 'fs'

import { onStall, reportProgress } from '@/lib/progress.mjs'

const marker = process.argv[2]
onStall(async () => {
  fs.writeFileSync(marker, 'cleaned up')
})
reportProgress('waiting for an answer that never comes')
await new Promise(() => {})
