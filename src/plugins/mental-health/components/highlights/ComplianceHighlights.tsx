'use client'

import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { Button, Pill, useConfig, useDocumentDrawer, useDocumentInfo } from '@payloadcms/ui'
import { $getRoot } from '@payloadcms/richtext-lexical/lexical'
import React, { useCallback, useEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'

import './index.scss'
import { replacementFor } from './replacement'
import { rangeHolds, rangesOf } from './textRanges'

type Claim = { id: number; text: string; type: string; status: string; reason: string | null }
type LanguageFinding = { text: string; rule: string; suggestion: string; accepted: boolean }
type Report = { claims: Claim[]; language: LanguageFinding[] }

type Marked = { kind: 'claim'; claim: Claim } | { kind: 'language'; finding: LanguageFinding }
type Placed = { marked: Marked; range: Range }
type Open = { marked: Marked; top: number; left: number }

const HIGHLIGHTS = { claim: 'vetted-claim', language: 'vetted-language' } as const

const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined'

/** The popover a highlight opens: what was found, its status, and what can be done about it. */
const FindingPopover: React.FC<{ open: Open; onClose: () => void; onReplace: (from: string, to: string) => void }> = ({
  open,
  onClose,
  onReplace,
}) => {
  const claimId = open.marked.kind === 'claim' ? open.marked.claim.id : undefined
  const [ClaimDrawer, , { openDrawer }] = useDocumentDrawer({ collectionSlug: 'claims', id: claimId })
  const [editor] = useLexicalComposerContext()
  const { marked } = open
  const replacement = marked.kind === 'language' ? replacementFor(marked.finding.suggestion) : null
  return (
    <div
      role="dialog"
      aria-label={marked.kind === 'claim' ? 'Claim' : 'Language finding'}
      data-testid="finding-popover"
      className="finding-popover"
      // Where the click was: the one style that is not the stylesheet's.
      style={{ top: open.top, left: open.left }}
    >
      {marked.kind === 'claim' ? (
        <>
          <p className="finding-popover__line">
            <strong>Claim ({marked.claim.type})</strong>{' '}
            <Pill size="small" pillStyle={marked.claim.status === 'approved' ? 'success' : 'warning'}>
              {marked.claim.status}
            </Pill>
          </p>
          {marked.claim.reason && <p className="finding-popover__line">{marked.claim.reason}</p>}
          <div className="finding-popover__buttons">
            <Button buttonStyle="secondary" size="small" margin={false} onClick={openDrawer}>
              Open claim
            </Button>
            <Button buttonStyle="secondary" size="small" margin={false} onClick={onClose}>
              Close
            </Button>
          </div>
          <ClaimDrawer />
        </>
      ) : (
        <>
          <p className="finding-popover__line">
            <strong>“{marked.finding.text}”</strong> ({marked.finding.rule})
          </p>
          <p className="finding-popover__line">Suggestion: {marked.finding.suggestion}</p>
          <div className="finding-popover__buttons">
            {replacement && editor.isEditable() && (
              <Button
                buttonStyle="primary"
                size="small"
                margin={false}
                onClick={() => onReplace(marked.finding.text, replacement)}
              >
                {`Replace with “${replacement}”`}
              </Button>
            )}
            <Button buttonStyle="secondary" size="small" margin={false} onClick={onClose}>
              Close
            </Button>
          </div>
        </>
      )}
    </div>
  )
}

/**
 * A Lexical plugin: the document's current claims and language findings, highlighted where they
 * stand with the CSS Custom Highlight API (nothing is added to the document), read again after every
 * save. A click on a highlight opens the finding: the claim's status and the claim itself, or the
 * suggestion and, where the rule has one, a one-click replacement.
 */
export const ComplianceHighlights: React.FC = () => {
  const [editor] = useLexicalComposerContext()
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const [report, setReport] = useState<Report | null>(null)
  const [open, setOpen] = useState<Open | null>(null)
  const placed = useRef<Placed[]>([])

  useEffect(() => {
    if (!id || !collectionSlug) return
    let current = true
    void fetch(`${serverURL}${api}/${collectionSlug}/${id}/compliance`, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<Report>) : null))
      .then((loaded) => {
        if (current) setReport(loaded)
      })
    return () => {
      current = false
    }
  }, [id, collectionSlug, api, serverURL, lastUpdateTime])

  useEffect(() => {
    if (!report || !supported()) return
    const marks: Marked[] = [
      ...report.claims.map((claim): Marked => ({ kind: 'claim', claim })),
      ...report.language
        .filter((finding) => !finding.accepted)
        .map((finding): Marked => ({ kind: 'language', finding })),
    ]
    const paint = () => {
      const root = editor.getRootElement()
      if (!root) return
      placed.current = marks.flatMap((marked) =>
        rangesOf(root, marked.kind === 'claim' ? marked.claim.text : marked.finding.text).map((range) => ({
          marked,
          range,
        })),
      )
      for (const kind of ['claim', 'language'] as const)
        CSS.highlights.set(
          HIGHLIGHTS[kind],
          new Highlight(...placed.current.filter((item) => item.marked.kind === kind).map((item) => item.range)),
        )
    }
    paint()
    const unregister = editor.registerUpdateListener(() => requestAnimationFrame(paint))
    return () => {
      unregister()
      Object.values(HIGHLIGHTS).forEach((name) => CSS.highlights.delete(name))
    }
  }, [editor, report])

  useEffect(() => {
    const root = editor.getRootElement()
    if (!root) return
    const onClick = (event: MouseEvent) => {
      const point = document.caretRangeFromPoint?.(event.clientX, event.clientY)
      if (!point) return
      // Language findings sit inside claims' sentences: the narrower highlight wins.
      const hit = placed.current
        .filter((item) => rangeHolds(item.range, point.startContainer, point.startOffset))
        .sort((a, b) => a.range.toString().length - b.range.toString().length)[0]
      setOpen(
        hit ? { marked: hit.marked, top: event.clientY + 12, left: Math.min(event.clientX, innerWidth - 380) } : null,
      )
    }
    root.addEventListener('click', onClick)
    return () => root.removeEventListener('click', onClick)
  }, [editor, report])

  const replace = useCallback(
    (from: string, to: string) => {
      editor.update(() => {
        for (const node of $getRoot().getAllTextNodes()) {
          const text = node.getTextContent()
          const at = text.toLowerCase().indexOf(from.toLowerCase())
          if (at === -1) continue
          node.setTextContent(`${text.slice(0, at)}${to}${text.slice(at + from.length)}`)
          return
        }
      })
      setOpen(null)
    },
    [editor],
  )

  return (
    <>
      {open &&
        createPortal(<FindingPopover open={open} onClose={() => setOpen(null)} onReplace={replace} />, document.body)}
    </>
  )
}
