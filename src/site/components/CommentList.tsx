import React from 'react'

import { formatDate } from '../format'
import type { Comment } from '../queries'

/** Approved comments only (the API returns nothing else to the public); bodies are plain text, never HTML. */
export const CommentList: React.FC<{ comments: Comment[] }> = ({ comments }) => (
  <section aria-labelledby="comments-heading" className="comments">
    <h2 id="comments-heading">Comments ({comments.length})</h2>
    {comments.length === 0 ? (
      <p>No comments yet.</p>
    ) : (
      <ol className="comments__list">
        {comments.map((comment) => (
          <li key={comment.id} className="comment">
            <p className="comment__meta">
              <strong>{comment.authorName}</strong> ·{' '}
              <time dateTime={comment.createdAt}>{formatDate(comment.createdAt)}</time>
            </p>
            <p className="comment__body">{comment.body}</p>
            {comment.staffReply && (
              <div className="comment__reply">
                <p className="comment__meta">
                  <strong>Reply from our team</strong>
                </p>
                <p>{comment.staffReply}</p>
              </div>
            )}
          </li>
        ))}
      </ol>
    )}
  </section>
)
