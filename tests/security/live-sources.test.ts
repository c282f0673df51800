/**
 * A live article's sources are those of its live version's approved claims: a pending edit's
 * claims, approved or not, change nothing public until that edit is published; the live version's
 * sources do not vanish when the edit drops their claim. Over REST and GraphQL, anonymous, with
 * `draft=true` and with `select`; staff reading the draft see the draft's.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { articleData } from '../helpers/lexical'
import { getTestPayload } from '../helpers/payload'
import { loginToken, userWithRole } from '../helpers/users'
import { forceState, recordsAbout, uniqueTitle } from '../helpers/workflow'
import { startTarget, type Target } from './helpers/target'

describe('live sources', () => {
  let payload: Payload
  let target: Target

  beforeAll(async () => {
    payload = await getTestPayload()
    target = await startTarget()
  }, 300_000)
  afterAll(async () => target?.stop())

  const source = (title: string) =>
    payload.create({
      collection: 'sources',
      data: { title, url: `https://example.org/${encodeURIComponent(title)}`, evidenceLevel: 'clinical-guideline' },
    })

  const approveClaims = async (id: number, sourceId: number) => {
    for (const claim of await recordsAbout(payload, 'claims', 'articles', id)) {
      if (claim.status === 'pending')
        await payload.update({ collection: 'claims', id: claim.id, data: { status: 'approved', sources: [sourceId] } })
    }
  }

  it('come from the live version until the edit is published', async () => {
    const liveSource = await source(uniqueTitle('Live source'))
    const draftSource = await source(uniqueTitle('Draft source'))
    const title = uniqueTitle('Sourced article')
    const article = await payload.create({
      collection: 'articles',
      data: articleData(title, 'Our program cuts relapse by 60% in the first year.') as never,
      draft: true,
    })
    await approveClaims(article.id, liveSource.id)
    await forceState(payload, 'articles', article.id, 'published')

    // An edit replaces the claim; compliance approves the new one with another source.
    await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: articleData(title, 'Nine in ten of our clients stay sober for a year.') as never,
    })
    await approveClaims(article.id, draftSource.id)

    const titlesOf = (sources: { title: string }[] | undefined) => (sources ?? []).map((s) => s.title)
    const reads: [string, () => Promise<{ title: string }[]>][] = [
      ['REST', async () => (await (await fetch(`${target.baseUrl}/api/articles/${article.id}`)).json()).sources],
      [
        'REST draft=true',
        async () => (await (await fetch(`${target.baseUrl}/api/articles/${article.id}?draft=true`)).json()).sources,
      ],
      [
        'REST select',
        async () =>
          (await (await fetch(`${target.baseUrl}/api/articles/${article.id}?select[sources]=true`)).json()).sources,
      ],
      [
        'GraphQL',
        async () => {
          const response = await fetch(`${target.baseUrl}/api/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: `{ Article(id: ${article.id}, draft: true) { sources { title } } }` }),
          })
          return ((await response.json()) as { data: { Article: { sources: { title: string }[] } } }).data.Article
            .sources
        },
      ],
    ]
    for (const [label, read] of reads) expect(titlesOf(await read()), label).toEqual([liveSource.title])

    const editor = await userWithRole(payload, 'editor')
    const token = await loginToken(target.baseUrl, editor.email)
    const staffDraft = await fetch(`${target.baseUrl}/api/articles/${article.id}?draft=true`, {
      headers: { authorization: `JWT ${token}` },
    }).then((response) => response.json())
    expect(titlesOf(staffDraft.sources)).toEqual([draftSource.title])

    await forceState(payload, 'articles', article.id, 'published')
    for (const [label, read] of reads) expect(titlesOf(await read()), label).toEqual([draftSource.title])
  })
})
