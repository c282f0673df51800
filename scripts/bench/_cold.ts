import { Session } from 'node:inspector'
import { writeFileSync } from 'node:fs'
import { analyzeText } from '../../src/plugins/mental-health/analysis'
import { forgetRememberedSentences } from '../../src/plugins/mental-health/analysis/analyze'
import { loadDocuments } from '../eval/corpus'
const all = loadDocuments().map((d) => d.text).join('\n').split(/(?<=\s)/)
const chunks: string[] = []
for (let at = 0; at + 2000 <= all.length; at += 2000) chunks.push(all.slice(at, at + 2000).join(''))
for (let i = 0; i < 50; i++) { forgetRememberedSentences(); analyzeText(chunks[i % chunks.length]) }
const s = new Session(); s.connect()
const post = (m: string, p?: object) => new Promise<any>((res, rej) => s.post(m, p, (e, r) => (e ? rej(e) : res(r))))
await post('Profiler.enable'); await post('Profiler.setSamplingInterval', { interval: 100 }); await post('Profiler.start')
const t0 = Date.now()
for (let i = 0; i < 600; i++) { forgetRememberedSentences(); analyzeText(chunks[i % chunks.length]) }
console.log('avg', (Date.now() - t0) / 600)
const { profile } = await post('Profiler.stop')
writeFileSync('/tmp/prof/cold.cpuprofile', JSON.stringify(profile))
// self time by function+url
const self = new Map<string, number>()
const total = profile.samples.length
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]))
const counts = new Map<number, number>()
for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1)
for (const [id, c] of counts) { const n: any = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + c) }
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, c]) => `${(100 * c / total).toFixed(1)}% ${k}`).join('\n'))
