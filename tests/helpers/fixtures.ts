import fs from 'fs'
import path from 'path'

import { projectRoot } from '@/lib/paths'

/** The fixtures the tests read live in the repository, in tests/fixtures. */
export const fixturesDir = path.join(projectRoot, 'tests/fixtures')

export const fixturePath = (name: string): string => {
  const file = path.join(fixturesDir, name)
  if (!fs.existsSync(file)) throw new Error(`Fixture ${name} not found in ${fixturesDir}.`)
  return file
}

export const readFixture = (name: string): string => fs.readFileSync(fixturePath(name), 'utf8')
