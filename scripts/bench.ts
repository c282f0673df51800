/** `npm run bench`: runs the benchmarks and writes their results to docs/benchmarks.md. */
import { benchAnalysis } from './bench/analysis'
import { machine, writeSection } from './bench/report'

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
