import fs from 'fs'
import path from 'path'

import { projectRoot } from '@/lib/paths'

/** The shared fixtures live beside the repository, in ../shared/fixtures (override: VETTED_FIXTURES_DIR). */
export const fixturePath = (name: string): string => {
  const dir = process.env.VETTED_FIXTURES_DIR ?? path.resolve(projectRoot, '../shared/fixtures')
  const file = path.join(dir, name)
  if (!fs.existsSync(file)) throw new Error(`Fixture ${name} not found in ${dir}; set VETTED_FIXTURES_DIR.`)
  return file
}

export const readFixture = (name: string): string => fs.readFileSync(fixturePath(name), 'utf8')
