import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    // Lexical's default entry points hang on Node 20 now and then (see scripts/lib/node.mjs).
    execArgv: ['--conditions=development'],
    include: ['tests/**/*.test.ts'],
    globalSetup: ['./tests/setup/globalSetup.ts'],
    setupFiles: ['./tests/setup/env.ts'],
    // One worker sharing one Payload instance and one database: files run one after another.
    fileParallelism: false,
    maxWorkers: 1,
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
