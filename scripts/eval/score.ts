/**
 * Scores the analysis engine on the labelled corpus. A gold item is found when a predicted item's
 * span overlaps it; a predicted item is a false positive when it overlaps no gold item of its kind.
 * Gold spans are located in the document's plain text; a label that cannot be located is reported
 * as a corpus error rather than silently skipped.
 */
import { analyzeText, type AnalysisOptions, type ClaimType } from '../../src/plugins/mental-health/analysis'
import { MODEL_REASON } from '../../src/plugins/mental-health/analysis/analyze'
import { screenComment } from '../../src/plugins/mental-health/analysis/comment'
import type { LabelledComment, LabelledDocument } from './corpus'

export type Tally = { gold: number; found: number; predicted: number; correct: number }
export type Rate = { recall: number; precision: number } & Tally

type Span = { start: number; end: number }

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end

const locate = (text: string, needle: string, from = 0): Span | undefined => {
  const at = text.indexOf(needle, from)
  return at === -1 ? undefined : { start: at, end: at + needle.length }
}

const emptyTally = (): Tally => ({ gold: 0, found: 0, predicted: 0, correct: 0 })

const rate = (tally: Tally): Rate => ({
  ...tally,
  recall: tally.gold ? tally.found / tally.gold : 1,
  precision: tally.predicted ? tally.correct / tally.predicted : 1,
})

const bump = (tallies: Map<string, Tally>, key: string, field: keyof Tally) => {
  const tally = tallies.get(key) ?? emptyTally()
  tally[field]++
  tallies.set(key, tally)
}

const family = (rule: string) => rule.split('/')[0]

export type Miss = { document: string; text: string; kind: string }

export type DocumentScore = {
  claims: Rate
  claimsByType: Record<string, Rate>
  claimsByReason: Record<string, Rate>
  typeAccuracy: number
  language: Rate
  languageByRule: Record<string, Rate>
  crisisTopic: { correct: number; total: number }
  negativesFlagged: Miss[]
  missedClaims: Miss[]
  falseClaims: Miss[]
  missedLanguage: Miss[]
  falseLanguage: Miss[]
  corpusErrors: string[]
  medianMs: number
}

const rates = (tallies: Map<string, Tally>) =>
  Object.fromEntries([...tallies].sort(([a], [b]) => a.localeCompare(b)).map(([key, tally]) => [key, rate(tally)]))

export const scoreDocuments = (
  documents: LabelledDocument[],
  options: Pick<AnalysisOptions, 'claimModel'> = {},
): DocumentScore => {
  const claims = emptyTally()
  const language = emptyTally()
  const byType = new Map<string, Tally>()
  const byReason = new Map<string, Tally>()
  const byRule = new Map<string, Tally>()
  let typed = 0
  const result = {
    crisisTopic: { correct: 0, total: 0 },
    negativesFlagged: [] as Miss[],
    missedClaims: [] as Miss[],
    falseClaims: [] as Miss[],
    missedLanguage: [] as Miss[],
    falseLanguage: [] as Miss[],
    corpusErrors: [] as string[],
  }
  const times: number[] = []

  for (const document of documents) {
    const started = performance.now()
    const analysis = analyzeText(document.text, { ...options, kind: document.kind })
    times.push(performance.now() - started)

    const goldClaims = document.claims.flatMap((label) => {
      const span = locate(document.text, label.text)
      if (!span) result.corpusErrors.push(`${document.id}: claim not found in text: "${label.text}"`)
      return span ? [{ ...label, ...span }] : []
    })
    const goldLanguage = document.language.flatMap((label) => {
      const span = locate(document.text, label.text)
      if (!span) result.corpusErrors.push(`${document.id}: language label not found in text: "${label.text}"`)
      return span ? [{ ...label, ...span }] : []
    })

    for (const gold of goldClaims) {
      claims.gold++
      bump(byType, gold.type, 'gold')
      const match = analysis.claims.find((claim) => overlaps(claim, gold))
      if (match) {
        claims.found++
        bump(byType, gold.type, 'found')
        if (match.type === gold.type) typed++
      } else result.missedClaims.push({ document: document.id, text: gold.text, kind: gold.type })
    }
    for (const claim of analysis.claims) {
      const reason = claim.reason.startsWith(MODEL_REASON) ? MODEL_REASON : claim.reason
      claims.predicted++
      bump(byType, claim.type, 'predicted')
      bump(byReason, reason, 'predicted')
      if (goldClaims.some((gold) => overlaps(claim, gold))) {
        claims.correct++
        bump(byType, claim.type, 'correct')
        bump(byReason, reason, 'correct')
      } else result.falseClaims.push({ document: document.id, text: claim.text, kind: `${claim.type} (${reason})` })
    }

    for (const gold of goldLanguage) {
      language.gold++
      bump(byRule, family(gold.rule), 'gold')
      if (analysis.language.some((finding) => overlaps(finding, gold))) {
        language.found++
        bump(byRule, family(gold.rule), 'found')
      } else result.missedLanguage.push({ document: document.id, text: gold.text, kind: gold.rule })
    }
    for (const finding of analysis.language) {
      language.predicted++
      bump(byRule, family(finding.rule), 'predicted')
      if (goldLanguage.some((gold) => overlaps(finding, gold))) {
        language.correct++
        bump(byRule, family(finding.rule), 'correct')
      } else result.falseLanguage.push({ document: document.id, text: finding.text, kind: finding.rule })
    }

    for (const negative of document.negatives) {
      const span = locate(document.text, negative)
      if (!span) continue
      const flagged = [...analysis.claims, ...analysis.language].find((item) => overlaps(item, span))
      // A trap inside a labelled claim sentence is not a false positive of its own.
      const insideGold = [...goldClaims, ...goldLanguage].some((gold) => overlaps(gold, span))
      if (flagged && !insideGold)
        result.negativesFlagged.push({ document: document.id, text: negative, kind: 'negative' })
    }

    result.crisisTopic.total++
    if (analysis.crisisTopic === document.crisisTopic) result.crisisTopic.correct++
  }

  times.sort((a, b) => a - b)
  return {
    claims: rate(claims),
    claimsByType: rates(byType),
    claimsByReason: rates(byReason),
    typeAccuracy: claims.found ? typed / claims.found : 1,
    language: rate(language),
    languageByRule: rates(byRule),
    ...result,
    medianMs: times[times.length >> 1] ?? 0,
  }
}

export type CommentScore = {
  crisisRecall: number
  calmFlagRate: number
  crisis: number
  calm: number
  missed: LabelledComment[]
  falseAlarms: LabelledComment[]
  recallByKind: Record<string, { total: number; found: number }>
}

export const scoreComments = (comments: LabelledComment[]): CommentScore => {
  const missed: LabelledComment[] = []
  const falseAlarms: LabelledComment[] = []
  const recallByKind: CommentScore['recallByKind'] = {}
  for (const comment of comments) {
    const flagged = screenComment(comment.text).urgent
    if (comment.label === 'crisis') {
      const kind = (recallByKind[comment.kind] ??= { total: 0, found: 0 })
      kind.total++
      if (flagged) kind.found++
      else missed.push(comment)
    } else if (flagged) falseAlarms.push(comment)
  }
  const crisis = comments.filter((comment) => comment.label === 'crisis').length
  const calm = comments.length - crisis
  return {
    crisisRecall: crisis ? (crisis - missed.length) / crisis : 1,
    calmFlagRate: calm ? falseAlarms.length / calm : 0,
    crisis,
    calm,
    missed,
    falseAlarms,
    recallByKind,
  }
}

export type { ClaimType }
