/**
 * The public cache: ETag, Cache-Control and 304 for anonymous GETs; credentials bypass it; a read
 * after a publish, unpublish or delete never returns the old content, on this instance and, through
 * PostgreSQL NOTIFY, on a second instance on the same database.
 */
import { spawn, type ChildProcess } from 'child_process'
import { createHash } from 'crypto'
import path from 'path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { projectRoot } from '@/lib/paths'

import { getTestPayload } from '../helpers/payload'
import { startTestServer, type TestServer } from '../helpers/server'
import { loginToken, userWithRole, type TestUser } from '../helpers/users'
import { createDraft, forceState, transitionAs, uniqueTitle } from '../helpers/workflow'

const startSecondInstance = (): Promise<{ baseUrl: string; child: ChildProcess }> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'scripts/run.mjs'), 'tests/helpers/serveApi.ts'], {
      cwd: projectRoot,
      env: { ...process.env, NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let output = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`second instance did not start within 50 s: ${output}`))
    }, 50_000)
    child.stdout!.on('data', (chunk) => {
      output += chunk
      const match = /LISTENING (\S+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve({ baseUrl: match[1], child })
      }
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`second instance exited (${code}): ${output}`))
    })
  })

describe('public cache', () => {
  let payload: Payload
  let server: TestServer
  let editor: TestUser
  let compliance: TestUser
  let second: { baseUrl: string; child: ChildProcess } | undefined

  const get = (base: string, pathname: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${pathname}`, { headers })

  beforeAll(async () => {
    payload = await getTestPayload()
    server = await startTestServer()
    editor = await userWithRole(payload, 'editor')
    compliance = await userWithRole(payload, 'compliance')
    // A second process loads the whole app; on a busy machine give it a second chance to start.
    second = await startSecondInstance().catch((error) => {
      console.error(error)
      return startSecondInstance()
    })
  })

  afterAll(async () => {
    second?.child.kill('SIGTERM')
    await server?.close()
  })

  it('answers anonymous GETs with ETag, Cache-Control and 304 on If-None-Match', async () => {
    const pathname = `/api/categories?where[name][equals]=${encodeURIComponent(uniqueTitle('none'))}`
    const first = await get(server.baseUrl, pathname)
    expect(first.headers.get('x-cache')).toBe('MISS')
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=300')
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^W\/"[0-9a-f]+"$/)
    const again = await get(server.baseUrl, pathname)
    expect(again.headers.get('x-cache')).toBe('HIT')
    expect(await again.text()).toBe(await first.text())
    const notModified = await get(server.baseUrl, pathname, { 'if-none-match': etag })
    expect(notModified.status).toBe(304)
  })

  it('is bypassed by requests with credentials', async () => {
    const token = await loginToken(server.baseUrl, editor.email)
    const response = await get(server.baseUrl, '/api/categories', { authorization: `JWT ${token}` })
    expect(response.headers.get('x-cache')).toBeNull()
  })

  it('caches GraphQL over GET, and refuses mutations over GET', async () => {
    const query = encodeURIComponent('{ Categories(limit: 1) { totalDocs } }')
    expect((await get(server.baseUrl, `/api/graphql?query=${query}`)).headers.get('x-cache')).toBe('MISS')
    expect((await get(server.baseUrl, `/api/graphql?query=${query}`)).headers.get('x-cache')).toBe('HIT')
    const mutation = encodeURIComponent('mutation { createCategory(data: { name: "x" }) { id } }')
    expect((await get(server.baseUrl, `/api/graphql?query=${mutation}`)).status).toBe(400)
  })

  it('caches anonymous GraphQL queries sent as POST, keyed on the operation, document and variables', async () => {
    const name = uniqueTitle('gql-post')
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${server.baseUrl}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      })
    const query =
      'query Count($name: String, $limit: Int) { Categories(where: { name: { equals: $name } }, limit: $limit) { totalDocs } }'
    const first = await post({ query, variables: { name, limit: 1 }, operationName: 'Count' })
    expect(first.status).toBe(200)
    expect(first.headers.get('x-cache')).toBe('MISS')
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=300')
    // The same question with its whitespace and variables in another order is the same entry.
    const again = await post({
      query: query.replace(/ /g, '  \n '),
      variables: { limit: 1, name },
      operationName: 'Count',
    })
    expect(again.headers.get('x-cache')).toBe('HIT')
    expect(await again.text()).toBe(await first.text())
    const notModified = await post(
      { query, variables: { name, limit: 1 }, operationName: 'Count' },
      {
        'if-none-match': first.headers.get('etag')!,
      },
    )
    expect(notModified.status).toBe(304)
    // Other variables, another entry; credentials bypass the cache; mutations are never kept.
    expect((await post({ query, variables: { name, limit: 2 }, operationName: 'Count' })).headers.get('x-cache')).toBe(
      'MISS',
    )
    const token = await loginToken(server.baseUrl, editor.email)
    const signedIn = await post({ query, variables: { name, limit: 1 } }, { authorization: `JWT ${token}` })
    expect(signedIn.headers.get('x-cache')).toBeNull()
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store')
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-')
    const mutation = { query: `mutation { createCategory(data: { name: "${name}", slug: "${slug}" }) { id } }` }
    const created = await post(mutation, { authorization: `JWT ${token}` })
    expect(created.headers.get('x-cache')).toBeNull()
    expect(
      ((await created.json()) as { data: { createCategory: { id: number } } }).data.createCategory.id,
    ).toBeGreaterThan(0)
    // The new category is counted at once: the mutation emptied the cache.
    const after = await post({ query, variables: { name, limit: 1 }, operationName: 'Count' })
    expect(after.headers.get('x-cache')).toBe('MISS')
    expect(((await after.json()) as { data: { Categories: { totalDocs: number } } }).data.Categories.totalDocs).toBe(1)
  })

  it('answers automatic persisted queries over GET and POST, with short cacheable URLs', async () => {
    const query = `{ Categories(where: { name: { equals: "${uniqueTitle('apq')}" } }) { totalDocs } }`
    const sha256Hash = createHash('sha256').update(query).digest('hex')
    const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }))
    const byHash = `/api/graphql?extensions=${extensions}`

    const unknown = await get(server.baseUrl, byHash)
    expect(unknown.status).toBe(200)
    expect(unknown.headers.get('cache-control')).toBe('no-store')
    expect(((await unknown.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    )
    const wrongHash = await get(
      server.baseUrl,
      `/api/graphql?query=${encodeURIComponent('{ Categories { totalDocs } }')}&extensions=${extensions}`,
    )
    expect(wrongHash.status).toBe(400)

    const registered = await get(
      server.baseUrl,
      `/api/graphql?query=${encodeURIComponent(query)}&extensions=${extensions}`,
    )
    expect(registered.status).toBe(200)
    const known = await get(server.baseUrl, byHash)
    expect(known.headers.get('x-cache')).toBe('MISS')
    expect(await known.json()).toEqual({ data: { Categories: { totalDocs: 0 } } })
    expect((await get(server.baseUrl, byHash)).headers.get('x-cache')).toBe('HIT')

    const overPost = await fetch(`${server.baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash } } }),
    })
    expect(await overPost.json()).toEqual({ data: { Categories: { totalDocs: 0 } } })
    const malformed = await get(
      server.baseUrl,
      `/api/graphql?extensions=${encodeURIComponent('{"persistedQuery":{"version":2}}')}`,
    )
    expect(malformed.status).toBe(400)
    // What a stranger can send instead of a persisted query gets a 4xx with a message, never a 500.
    const strangeGets = ['{not json', '[]', '"x"', '{"persistedQuery":{"version":1,"sha256Hash":"ABC"}}']
    for (const extension of strangeGets) {
      const response = await get(server.baseUrl, `/api/graphql?extensions=${encodeURIComponent(extension)}`)
      expect(response.status, extension).toBe(400)
      expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toBeTruthy()
    }
    const postWith = (body: unknown) =>
      fetch(`${server.baseUrl}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    expect((await postWith({ extensions: [] })).status).toBe(400)
    expect((await postWith({ extensions: { persistedQuery: null } })).status).toBe(400)
    const unknownOverPost = await postWith({
      extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } },
    })
    expect(unknownOverPost.headers.get('x-cache')).toBeNull()
    expect(JSON.stringify(await unknownOverPost.json())).toContain('PERSISTED_QUERY_NOT_FOUND')
  })

  it('never serves the old content after a publish, unpublish or delete, on either instance', async () => {
    const title = uniqueTitle('Cached')
    const doc = await createDraft(payload, 'articles', editor, title)
    await forceState(payload, 'articles', doc.id, 'approved')
    const pathname = `/api/articles?where[id][equals]=${doc.id}`
    const titles = async (base: string) =>
      ((await (await get(base, pathname)).json()) as { docs: { title: string }[] }).docs.map((d) => d.title)
    const gqlPath = `/api/graphql?query=${encodeURIComponent(`{ Articles(where: { id: { equals: ${doc.id} } }) { docs { title } } }`)}`
    const gqlTitles = async (base: string) => JSON.stringify(await (await get(base, gqlPath)).json())

    // Warm both caches with "not published".
    expect(await titles(server.baseUrl)).toEqual([])
    expect(await titles(second!.baseUrl)).toEqual([])
    expect(await gqlTitles(server.baseUrl)).not.toContain(title)

    // Publish through this instance's REST API.
    const token = await loginToken(server.baseUrl, compliance.email)
    const published = await fetch(`${server.baseUrl}/api/articles/${doc.id}/transition`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ to: 'published' }),
    })
    expect(published.status).toBe(200)
    expect(await titles(server.baseUrl)).toEqual([title])
    expect(await gqlTitles(server.baseUrl)).toContain(title)
    await expect.poll(() => titles(second!.baseUrl), { timeout: 2000, interval: 20 }).toEqual([title])

    // Unpublish through the Local API (as a job would), then delete.
    await transitionAs(payload, compliance, { collection: 'articles', id: doc.id, to: 'archived' })
    expect(await titles(server.baseUrl)).toEqual([])
    await expect.poll(() => titles(second!.baseUrl), { timeout: 2000, interval: 20 }).toEqual([])

    await forceState(payload, 'articles', doc.id, 'published')
    expect(await titles(server.baseUrl)).toEqual([title])
    await payload.delete({ collection: 'articles', id: doc.id })
    expect(await titles(server.baseUrl)).toEqual([])
    await expect.poll(() => titles(second!.baseUrl), { timeout: 2000, interval: 20 }).toEqual([])
  })

  it('keeps its answers through writes readers cannot see, and drops them when one they can see lands', async () => {
    const article = await createDraft(payload, 'articles', editor, uniqueTitle('Commented'))
    await forceState(payload, 'articles', article.id, 'published')
    const draft = await createDraft(payload, 'articles', editor, uniqueTitle('Unpublished'))
    const moderator = await userWithRole(payload, 'moderator')
    const pathname = `/api/comments?where[article][equals]=${article.id}`
    const cacheState = async () => (await get(server.baseUrl, pathname)).headers.get('x-cache')
    const send = (method: string, url: string, body: unknown, token?: string) =>
      fetch(`${server.baseUrl}${url}`, {
        method,
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': `10.77.${article.id % 250}.1`,
          ...(token ? { authorization: `JWT ${token}` } : {}),
        },
        body: JSON.stringify(body),
      })

    await cacheState()
    expect(await cacheState()).toBe('HIT')

    // An editor's autosave of an unpublished draft, a reader's comment waiting for moderation, a sign-in.
    const editorToken = await loginToken(server.baseUrl, editor.email)
    expect(
      (
        await send(
          'PATCH',
          `/api/articles/${draft.id}?draft=true&autosave=true`,
          { title: uniqueTitle('Still a draft') },
          editorToken,
        )
      ).status,
    ).toBe(200)
    const comment = await send('POST', '/api/comments', {
      article: article.id,
      authorName: 'Reader',
      authorEmail: 'reader@example.com',
      body: 'Helpful, thank you.',
    })
    expect(comment.status).toBe(201)
    expect(await cacheState()).toBe('HIT')

    // The moderator approves the comment: readers can see it, so the cache lets go at once.
    const moderatorToken = await loginToken(server.baseUrl, moderator.email)
    const { doc } = (await comment.json()) as { doc: { id: number } }
    expect((await send('PATCH', `/api/comments/${doc.id}`, { status: 'approved' }, moderatorToken)).status).toBe(200)
    const after = await get(server.baseUrl, pathname)
    expect(after.headers.get('x-cache')).toBe('MISS')
    expect(((await after.json()) as { docs: { id: number }[] }).docs.map((c) => c.id)).toContain(doc.id)
  })
})
