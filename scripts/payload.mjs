/**
 * `npm run payload -- <command>`: Payload's own CLI (migrate:create, generate:types, jobs:run, …),
 * started with the export condition that keeps Lexical from hanging on Node 20 (see lib/node.mjs).
 */
import path from 'path'
import { fileURLToPath } from 'url'

import { reexecWithCondition } from './lib/node.mjs'

const payloadBin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../node_modules/payload/bin.js')
reexecWithCondition(payloadBin, process.argv.slice(2))
