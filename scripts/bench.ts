/** `npm run bench`: runs the benchmarks and writes their results to docs/benchmarks.md. */
import { benchAnalysis } from './bench/analysis'
import { benchDelivery } from './bench/delivery'
import { machine, writeSection } from './bench/report'
import { reportIdle } from '../src/lib/progress.mjs'

// Benchmarks run for minutes by design: the start-up watchdog has nothing to watch.
reportIdle()

const ms = (value: number) => `${value.toFixed(3)} ms`

const analysis = benchAnalysis(Number(process.env.BENCH_ITERATIONS) || 1000)
const row = (name: string, result: { median: number; p95: number; p99: number }) =>
  `| ${name} | ${ms(result.median)} | ${ms(result.p95)} | ${ms(result.p99)} |`
const table = [
  '| what | median | p95 | p99 |',
  '| --- | --- | --- | --- |',
  row('`analyzeText`, 2,000 words of real text, every sentence new (cold)', analysis.cold),
  row('`analyzeText`, the same 2,000 words again (autosave, warm)', analysis.warm),
  row('`analyzeText`, synthetic 2,000-word article (sentences repeat)', analysis.text),
  row('`analyzeLexical`, the synthetic article as Lexical', analysis.lexical),
].join('\n')
writeSection(
  'Analysis engine',
  `Real text: the labelled corpus (tests/fixtures/corpus) cut into ${analysis.chunks} pieces of 2,000 words; "cold" forgets the remembered sentences before every run, so each sentence is split, tagged by wink-nlp where a rule needs it, and checked; "warm" analyses the same pieces again, as every autosave does. Synthetic: a ${analysis.words}-word article (${analysis.claims} claims, ${analysis.language} language findings) built from a dozen sentences. ${analysis.iterations} runs after a warm-up, in one process (\`scripts/bench/analysis.ts\`). Target: median under 5 ms for 2,000 words.

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
    `The production build served as \`npm start\` serves it (\`scripts/serve.mjs\` in front of Next) on an embedded PostgreSQL with 1,000 published articles; autocannon, 16 connections, ${Number(process.env.BENCH_SECONDS) || 10} s per route, client and server on the same machine (\`scripts/bench/delivery.ts\`). "Uncached" requests carry a JWT, so they bypass the public cache and pay for authentication too. Targets: cached reads at least 0.9 of the ceiling, p99 under 100 ms. The reference site's article page is served from its in-memory page cache (\`src/site/pageCache.mjs\`), emptied with the public cache.

${delivery}

Machine: ${machine()}. Run on ${new Date().toISOString().slice(0, 10)}.`,
  )
  console.log(delivery)
}
process.exit(0)
