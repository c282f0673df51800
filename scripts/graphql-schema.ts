/**
 * `npm run generate:graphql [-- FILE]`: writes the GraphQL schema Payload serves to schema.graphql
 * (or FILE), for frontends' code generators. tests/unit/graphql-schema.test.ts fails when the
 * committed file is stale.
 */
import { configToSchema } from '@payloadcms/graphql'
import fs from 'fs'
import { printSchema } from 'graphql'
import path from 'path'

import config from '../payload.config'
import { projectRoot } from '../src/lib/paths'

const output = process.argv[2] ?? path.join(projectRoot, 'schema.graphql')
fs.writeFileSync(output, `${printSchema(configToSchema(await config).schema)}\n`)
console.log(`GraphQL schema written to ${path.relative(process.cwd(), output) || output}`)
process.exit(0)
