/**
 * Every transition of the table, for every role and the anonymous public, through each path: the
 * Local API, REST and GraphQL. Allowed exactly when the table gives the role the transition; a
 * refusal changes nothing and writes no event.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ROLES } from '@/access/roles'
import type { WorkflowCollection } from '@/plugins'
import { liveVersion, TRANSITIONS, type Transition } from '@/plugins/editorial-workflow/machine'

import { getTestPayload } from '../helpers/payload'
import { graphql, startTestServer, type TestServer } from '../helpers/server'
import { loginToken, userWithRole, type TestUser } from '../helpers/users'
import { createDraft, eventsOf, forceState, stateOf, transitionAs } from '../helpers/workflow'

type Actor = (typeof ROLES)[number] | 'anonymous'
const ACTORS: Actor[] = [...ROLES, 'anonymous']
const PATHS = ['local', 'rest', 'graphql'] as const
type Path = (typeof PATHS)[number]

// Testimonials also need consent records to be approved: the plugin's gate is tested on its own.
const COLLECTION_FOR_PATH: Record<Path, WorkflowCollection> = { local: 'articles', rest: 'faqs', graphql: 'articles' }

const bodyFor = (transition: Transition) => ({
  comment: transition.requiresComment ? 'Please add a source for the statistic.' : undefined,
  publishAt: transition.to === 'scheduled' ? new Date(Date.now() + 86_400_000).toISOString() : undefined,
})

describe('workflow matrix: transition × role × path', () => {
  let payload: Payload
  let server: TestServer
  let author: TestUser
  const users = {} as Record<Actor, TestUser | undefined>
  const tokens = {} as Record<Actor, string | undefined>

  beforeAll(async () => {
    payload = await getTestPayload()
    server = await startTestServer()
    // The content's author is nobody under test, so four-eyes never gets in the way here.
    author = await userWithRole(payload, 'editor', 'author@test.vetted')
    for (const role of ROLES) {
      users[role] = await userWithRole(payload, role)
      tokens[role] = await loginToken(server.baseUrl, users[role]!.email)
    }
  })

  afterAll(async () => {
    await server?.close()
  })

  const attempt = async (
    path: Path,
    actor: Actor,
    collection: WorkflowCollection,
    id: number,
    transition: Transition,
  ) => {
    const input = { to: transition.to, ...bodyFor(transition) }
    if (path === 'local') {
      try {
        await transitionAs(payload, users[actor], { collection, id, ...input })
        return 200
      } catch (error) {
        return (error as { status?: number }).status ?? 500
      }
    }
    if (path === 'rest') {
      const response = await fetch(`${server.baseUrl}/api/${collection}/${id}/transition`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(tokens[actor] ? { authorization: `JWT ${tokens[actor]}` } : {}),
        },
        body: JSON.stringify(input),
      })
      return response.status
    }
    const result = await graphql(
      server.baseUrl,
      `mutation($id: Int!, $to: String!, $comment: String, $publishAt: String) {
        workflowTransition(collection: ${collection}, id: $id, to: $to, comment: $comment, publishAt: $publishAt) { state }
      }`,
      { token: tokens[actor], variables: { id, ...input } },
    )
    return result.errors?.length ? (result.errors[0].extensions?.statusCode ?? 500) : 200
  }

  describe.each(PATHS)('%s', (path) => {
    const collection = COLLECTION_FOR_PATH[path]
    describe.each(TRANSITIONS.map((t) => ({ ...t, name: `${t.from} → ${t.to}` })))('$name', (transition) => {
      it.each(ACTORS)('as %s', async (actor) => {
        const doc = await createDraft(payload, collection, author)
        // Taking down needs a live version: publish first, then the working draft moves on.
        if (transition.guards.includes(liveVersion)) await forceState(payload, collection, doc.id, 'published')
        await forceState(payload, collection, doc.id, transition.from)
        const eventsBefore = (await eventsOf(payload, collection, doc.id)).length

        const status = await attempt(path, actor, collection, doc.id, transition)
        const allowed = actor !== 'anonymous' && (transition.roles as readonly string[]).includes(actor)

        if (allowed) {
          expect(status).toBe(200)
          expect(await stateOf(payload, collection, doc.id)).toBe(transition.to)
          expect((await eventsOf(payload, collection, doc.id)).length).toBe(eventsBefore + 1)
        } else {
          expect(status).toBe(actor === 'anonymous' ? 401 : 403)
          expect(await stateOf(payload, collection, doc.id)).toBe(transition.from)
          expect((await eventsOf(payload, collection, doc.id)).length).toBe(eventsBefore)
        }
      })
    })
  })
})
