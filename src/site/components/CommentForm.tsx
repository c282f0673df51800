'use client'

import React, { useRef, useState } from 'react'

import type { CrisisResources as Resources } from '../queries'
import { submitComment } from '../submitComment'
import { CrisisResources } from './CrisisResources'

type Outcome = { kind: 'sent'; crisisResources: Resources | null } | { kind: 'error'; message: string }

/** The reader's comment form. Comments wait for a moderator; a comment that reads as a crisis gets the crisis resources at once. */
export const CommentForm: React.FC<{ articleId: number }> = ({ articleId }) => {
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [busy, setBusy] = useState(false)
  const resultRef = useRef<HTMLDivElement>(null)

  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const fields = new FormData(form)
    setBusy(true)
    const result = await submitComment({
      article: articleId,
      authorName: String(fields.get('authorName') ?? '').trim(),
      authorEmail: String(fields.get('authorEmail') ?? '').trim(),
      body: String(fields.get('body') ?? '').trim(),
      website: String(fields.get('website') ?? '') || undefined,
    })
    setBusy(false)
    setOutcome(
      result.ok ? { kind: 'sent', crisisResources: result.crisisResources } : { kind: 'error', message: result.error },
    )
    if (result.ok) form.reset()
    requestAnimationFrame(() => resultRef.current?.focus())
  }

  return (
    <section aria-labelledby="comment-form-heading" className="comment-form">
      <h2 id="comment-form-heading">Leave a comment</h2>
      <p className="hint">
        Comments appear after a moderator has read them. Please do not share personal health details; your email is
        never shown.
      </p>
      <form onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor="comment-name">Name</label>
          <input id="comment-name" name="authorName" required maxLength={120} autoComplete="name" />
        </div>
        <div className="field">
          <label htmlFor="comment-email">Email (never shown)</label>
          <input id="comment-email" name="authorEmail" type="email" required autoComplete="email" />
        </div>
        <div className="field">
          <label htmlFor="comment-body">Comment</label>
          <textarea id="comment-body" name="body" required maxLength={5000} rows={5} />
        </div>
        <div className="visually-hidden" aria-hidden="true">
          <label htmlFor="comment-website">Leave this empty</label>
          <input id="comment-website" name="website" tabIndex={-1} autoComplete="off" />
        </div>
        <button type="submit" disabled={busy}>
          {busy ? 'Sending…' : 'Post comment'}
        </button>
      </form>
      <div ref={resultRef} tabIndex={-1} className="comment-form__result" data-testid="comment-result">
        {outcome?.kind === 'error' && (
          <p role="alert" className="error">
            {outcome.message}
          </p>
        )}
        {outcome?.kind === 'sent' &&
          (outcome.crisisResources ? (
            <>
              <p role="status">
                Thank you for telling us. You do not have to go through this alone: please reach out now.
              </p>
              <CrisisResources resources={outcome.crisisResources} id="comment-crisis-heading" live />
            </>
          ) : (
            <p role="status">Thank you. Your comment will appear once a moderator has reviewed it.</p>
          ))}
      </div>
    </section>
  )
}
