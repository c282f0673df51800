import path from 'path'
import { fileURLToPath } from 'url'

/** The repository root: `src/lib` is two levels below it. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Local, gitignored state of a development install: generated secrets and the embedded database. */
export const dataDir = path.resolve(projectRoot, '.data')
