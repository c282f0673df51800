import type { PayloadRequest } from 'payload'

import { pointsAt } from './pointsAt'

import type { LanguageFinding } from './analysis/types'
import { consentProblems } from './fields/consentFields'
import type { AnalysedCollection } from './types'

const GATED_STATES = new Set(['approved', 'scheduled', 'published'])
const short = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text)

type GateArgs = { req: PayloadRequest; collection: string; doc: Record<string, unknown>; to: string }

/**
 * The compliance gate: compliance cannot approve and nothing can publish while a claim is pending
 * or rejected, an approved claim has no (unretracted) source, a blocking language finding is not
 * accepted, a crisis topic lacks the crisis resources block, or a testimonial lacks valid consent.
 * Answers every reason at once.
 */
export const complianceGateFor =
  (targets: Record<string, AnalysedCollection>) =>
  async ({ req, collection, doc, to }: GateArgs): Promise<string[]> => {
    const target = targets[collection]
    if (!target || !GATED_STATES.has(to)) return []
    const reasons: string[] = []

    const { docs: claims } = await req.payload.find({
      collection: 'claims',
      where: pointsAt(collection, doc.id as number, { status: { not_equals: 'removed' } }),
      sort: 'id',
      // Populate the sources only: the document itself would be read (and analysed) again.
      select: { text: true, type: true, status: true, sources: true },
      depth: 1,
      limit: 0,
      pagination: false,
      req,
      overrideAccess: true,
    })
    for (const claim of claims) {
      if (claim.status === 'pending') reasons.push(`a compliance decision on the pending claim "${short(claim.text)}"`)
      else if (claim.status === 'rejected')
        reasons.push(`the rejected claim "${short(claim.text)}" removed or rewritten`)
      else if (!(claim.sources ?? []).some((source) => typeof source === 'object' && source && !source.retracted)) {
        reasons.push(`a source (not retracted) for the approved claim "${short(claim.text)}"`)
      }
    }

    const compliance = (doc.compliance ?? {}) as {
      language?: LanguageFinding[]
      crisisTopic?: boolean
      hasCrisisResources?: boolean
    }
    const blocking = (compliance.language ?? []).filter((finding) => finding.severity === 'block')
    if (blocking.length) {
      const { docs: accepted } = await req.payload.find({
        collection: 'finding-acceptances',
        where: pointsAt(collection, doc.id as number),
        depth: 0,
        limit: 0,
        pagination: false,
        req,
        overrideAccess: true,
      })
      const acceptedKeys = new Set(accepted.map((a) => `${a.rule}|${a.text.toLowerCase()}`))
      for (const finding of blocking) {
        if (!acceptedKeys.has(`${finding.rule}|${finding.text.toLowerCase()}`)) {
          reasons.push(
            `a change to "${finding.text}" (${finding.rule}: ${finding.suggestion}) or compliance accepting it with a reason`,
          )
        }
      }
    }

    if (compliance.crisisTopic && !compliance.hasCrisisResources) {
      reasons.push('the crisis resources block, because the content touches suicide, self-harm, overdose or crisis')
    }

    if (target.kind === 'testimonial') {
      reasons.push(...consentProblems(doc.consent).map((problem) => `${problem} (testimonial consent)`))
      const describesOutcomes = claims.some((claim) => claim.type === 'testimonial-outcome')
      if (describesOutcomes && !String(doc.generallyExpectedResults ?? '').trim()) {
        reasons.push('a "generally expected results" statement, because the testimonial describes outcomes')
      }
    }
    return reasons
  }
