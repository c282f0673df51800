/** `npm run bench`: runs the benchmarks and writes their results to docs/benchmarks.md. */
import { benchAnalysis } from './bench/analysis'
import { benchDelivery } from './bench/delivery'
import { machine, writeSection } from './bench/report'
import { reportIdle } from '../src/lib/progress.mjs'

// Benchmarks run for minutes by design: the start-up watchdog has nothing to watch.
reportIdle()

const ms = (value: number) => `${value.toFixed(3)} ms`

const analysis = benchAnalysis(Number(process.env.BENCH_ITERATIONS) || 2000)
const table = [
  '| function | median | p95 | p99 |',
  '| --- | --- | --- | --- |',
  `| \`analyzeText\` | ${ms(analysis.text.median)} | ${ms(analysis.text.p95)} | ${ms(analysis.text.p99)} |`,
  `| \`analyzeLexical\` | ${ms(analysis.lexical.median)} | ${ms(analysis.lexical.p95)} | ${ms(analysis.lexical.p99)} |`,
].join('\n')
writeSection(
  'Analysis engine',
  `A synthetic ${analysis.words}-word article (${analysis.claims} claims, ${analysis.language} language findings), analysed ${analysis.iterations} times after a warm-up, in one process (\`scripts/bench/analysis.ts\`). Target: median under 2 ms.

${table}

Machine: ${machine()}. Run on ${new Date().toISOString().slice(0, 10)}.`,
)
console.log(table)

if (process.env.BENCH_ONLY !== 'analysis') {
  const results = await benchDelivery()
  const ceiling = results[0].rps
  const rows = results.map(
    (r) => `| ${r.title} | ${Math.round(r.rps)} | ${(r.rps / ceiling).toFixed(2)} | ${r.p99} ms | ${r.non2xx} |`,
  )
  const delivery = ['| route | req/s | of ceiling | p99 | non-2xx |', '| --- | --- | --- | --- | --- |', ...rows].join(
    '\n',
  )
  writeSection(
    'Delivery',
    `\`next start\` (production build) on an embedded PostgreSQL with 1,000 published articles; autocannon, 16 connections, ${Number(process.env.BENCH_SECONDS) || 10} s per route, client and server on the same machine (\`scripts/bench/delivery.ts\`). "Uncached" requests carry a JWT, so they bypass the public cache and pay for authentication too. Targets: cached reads at least 0.9 of the ceiling, p99 under 100 ms. The reference site's article page is served from its in-memory page cache (\`src/site/pageCache.mjs\`), emptied with the public cache.

${delivery}

Machine: ${machine()}. Run on ${new Date().toISOString().slice(0, 10)}.`,
  )
  console.log(delivery)
}
process.exit(0)
