import type { RescanReport } from './types'

const number = (value: number) => value.toLocaleString('en-US')
const plural = (count: number, one: string, many = `${one}s`) => `${number(count)} ${count === 1 ? one : many}`
const short = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text)

/** At most `limit` lines of a list, then how many were left out. */
const listed = <T>(items: T[], line: (item: T) => string, limit: number) => [
  ...items.slice(0, limit).map((item) => `  ${line(item)}`),
  ...(items.length > limit ? [`  … and ${number(items.length - limit)} more (--all lists every one)`] : []),
]

/** The rescan report as `npm run rescan` prints it. */
export const formatRescanReport = (report: RescanReport, { limit = 50 }: { limit?: number } = {}): string => {
  const { documents, claims } = report
  const seconds = (report.elapsedMs / 1000).toFixed(1)
  const pendingClaims = report.newPendingOnGated.reduce((sum, doc) => sum + doc.claims.length, 0)
  return [
    `Rescan of ${report.collections.join(', ')}${report.dryRun ? ' (dry run: nothing was written)' : ''}`,
    `Documents scanned: ${number(documents.scanned)} (with ${plural(documents.withLatestVersion, 'latest version')})`,
    `Documents whose findings changed: ${number(documents.changed)}`,
    `Claims: ${number(claims.added)} added${claims.reappeared ? ` (${number(claims.reappeared)} reappeared)` : ''}, ` +
      `${number(claims.removed)} removed, ${number(claims.unchanged)} unchanged`,
    `New blocking findings: ${number(report.newBlockingFindings.length)}`,
    ...listed(
      report.newBlockingFindings,
      (finding) =>
        `${finding.collection} #${finding.id} "${short(finding.title)}": ${finding.rule} ("${finding.text}")`,
      limit,
    ),
    `New pending claims on approved, scheduled or published documents (they block the next transition): ` +
      `${plural(pendingClaims, 'claim')} on ${plural(report.newPendingOnGated.length, 'document')}`,
    ...listed(
      report.newPendingOnGated,
      (doc) =>
        `${doc.collection} #${doc.id} "${short(doc.title)}" (${doc.state}): ` +
        doc.claims.map((claim) => `"${short(claim)}"`).join(', '),
      limit,
    ),
    `Elapsed: ${seconds} s (analysis ${(report.analysisMs / 1000).toFixed(1)} s)`,
  ].join('\n')
}
