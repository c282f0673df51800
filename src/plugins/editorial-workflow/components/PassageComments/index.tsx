'use client'

import { Button, TextareaInput, toast } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import './index.scss'

type Person = { id: number; name?: string | null } | number | null
type ReviewComment = {
  id: number
  passage?: string | null
  body: string
  author?: Person
  resolved?: boolean | null
  resolvedBy?: Person
  createdAt: string
}

const nameOf = (person: Person | undefined) =>
  typeof person === 'object' && person ? (person.name ?? 'a colleague') : 'a colleague'

/** The text selected in one of the page's rich-text editors, kept as the person selects it. */
const useEditorSelection = () => {
  const [selected, setSelected] = useState('')
  useEffect(() => {
    const onChange = () => {
      const selection = document.getSelection()
      const text = selection?.toString().trim() ?? ''
      const inEditor = selection?.anchorNode?.parentElement?.closest('[data-lexical-editor="true"]')
      if (text && inEditor) setSelected(text.slice(0, 1000))
    }
    document.addEventListener('selectionchange', onChange)
    return () => document.removeEventListener('selectionchange', onChange)
  }, [])
  return [selected, setSelected] as const
}

/**
 * Comments tied to a passage of the text: select words in the editor (read-only in review, still
 * selectable), write what should change, and resolve the comment once it is dealt with.
 */
export const PassageComments: React.FC<{ api: string; collection: string; id: number | string }> = ({
  api,
  collection,
  id,
}) => {
  const [comments, setComments] = useState<ReviewComment[]>([])
  const [body, setBody] = useState('')
  const [busy, setBusy] = useState(false)
  const [passage, setPassage] = useEditorSelection()

  const fetchComments = useCallback(async () => {
    const query = new URLSearchParams({
      'where[document.relationTo][equals]': collection,
      'where[document.value][equals]': String(id),
      sort: 'createdAt',
      depth: '1',
      limit: '100',
    })
    const response = await fetch(`${api}/review-comments?${query}`, { credentials: 'include' })
    return response.ok ? ((await response.json()) as { docs: ReviewComment[] }).docs : null
  }, [api, collection, id])

  useEffect(() => {
    let current = true
    void fetchComments().then((docs) => {
      if (current && docs) setComments(docs)
    })
    return () => {
      current = false
    }
  }, [fetchComments])

  const send = async (url: string, method: 'POST' | 'PATCH', data: unknown, done: string) => {
    setBusy(true)
    try {
      const response = await fetch(url, {
        method,
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(data),
      })
      if (!response.ok) {
        const answer = await response.json().catch(() => null)
        toast.error(answer?.errors?.[0]?.message ?? `That did not work (${response.status}).`)
        return false
      }
      toast.success(done)
      const docs = await fetchComments()
      if (docs) setComments(docs)
      return true
    } finally {
      setBusy(false)
    }
  }

  const add = async () => {
    if (!body.trim()) return toast.error('Write the comment first.')
    const sent = await send(
      `${api}/review-comments`,
      'POST',
      { document: { relationTo: collection, value: Number(id) }, passage: passage || undefined, body: body.trim() },
      'Comment added.',
    )
    if (sent) {
      setBody('')
      setPassage('')
    }
  }

  const open = comments.filter((comment) => !comment.resolved)
  return (
    <details data-testid="passage-comments" open={open.length > 0 || Boolean(passage)} className="passage-comments">
      <summary>
        Comments on the text ({open.length} open
        {comments.length > open.length ? `, ${comments.length - open.length} resolved` : ''})
      </summary>
      <ul className="passage-comments__list">
        {comments.map((comment) => (
          <li
            key={comment.id}
            data-testid={`review-comment-${comment.id}`}
            className={
              comment.resolved
                ? 'passage-comments__comment passage-comments__comment--resolved'
                : 'passage-comments__comment'
            }
          >
            {comment.passage && <blockquote className="passage-comments__passage">{comment.passage}</blockquote>}
            <div>{comment.body}</div>
            <small>
              {nameOf(comment.author)}, {new Date(comment.createdAt).toLocaleDateString()}
              {comment.resolved ? ` · resolved by ${nameOf(comment.resolvedBy)}` : ''}
            </small>{' '}
            {!comment.resolved && (
              <Button
                buttonStyle="secondary"
                size="small"
                margin={false}
                disabled={busy}
                onClick={() =>
                  void send(`${api}/review-comments/${comment.id}`, 'PATCH', { resolved: true }, 'Resolved.')
                }
              >
                Resolve
              </Button>
            )}
          </li>
        ))}
      </ul>
      <p className="passage-comments__quote" data-testid="passage-quote">
        {passage ? <>On “{passage}”</> : 'Select words in the text to tie the comment to them.'}
      </p>
      <TextareaInput
        path="passageComment"
        label="Comment on the text"
        value={body}
        onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setBody(event.target.value)}
        rows={2}
      />
      <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => void add()}>
        Add comment
      </Button>
    </details>
  )
}
