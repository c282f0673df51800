import { describe, expect, it } from 'vitest'

import {
  EDITABLE_STATES,
  evaluateTransition,
  findTransition,
  TRANSITIONS,
  transitionsFor,
  WORKFLOW_STATES,
  type TransitionContext,
} from '@/plugins/editorial-workflow/machine'

const now = new Date('2026-06-01T12:00:00Z')
const ctx = (overrides: Partial<TransitionContext>): TransitionContext => ({
  from: 'draft',
  to: 'in_review',
  actor: { id: 1, roles: ['editor'] },
  lastEditedBy: 99,
  now,
  ...overrides,
})

describe('the workflow state machine', () => {
  it('has one transition per (from, to) pair, between known states only', () => {
    const pairs = TRANSITIONS.map((t) => `${t.from}>${t.to}`)
    expect(new Set(pairs).size).toBe(pairs.length)
    for (const t of TRANSITIONS) {
      expect(WORKFLOW_STATES).toContain(t.from)
      expect(WORKFLOW_STATES).toContain(t.to)
    }
  })

  it('reaches published only from approved or scheduled', () => {
    expect(
      TRANSITIONS.filter((t) => t.to === 'published')
        .map((t) => t.from)
        .sort(),
    ).toEqual(['approved', 'scheduled'])
  })

  it('answers 400 for an unknown state', async () => {
    const result = await evaluateTransition(ctx({ to: 'live' as never }))
    expect(result).toMatchObject({ allowed: false, status: 400 })
  })

  it('names the state, the role and what is missing when refusing', async () => {
    const result = await evaluateTransition(
      ctx({ from: 'approved', to: 'published', actor: { id: 1, roles: ['editor'] } }),
    )
    expect(result.allowed).toBe(false)
    if (result.allowed) return
    expect(result.status).toBe(403)
    expect(result.message).toContain('"approved"')
    expect(result.message).toContain('editor')
    expect(result.missing).toEqual(['one of the roles compliance, admin'])
  })

  it('refuses a jump the table does not have, listing where one can go', async () => {
    const result = await evaluateTransition(ctx({ from: 'draft', to: 'published', actor: { id: 1, roles: ['admin'] } }))
    expect(result).toMatchObject({ allowed: false, status: 403 })
    if (!result.allowed) expect(result.message).toContain('allows: in_review')
  })

  it('applies four-eyes to sign-off and approval', async () => {
    const signOff = await evaluateTransition(
      ctx({
        from: 'in_review',
        to: 'compliance_review',
        actor: { id: 7, roles: ['clinical-reviewer'] },
        lastEditedBy: 7,
      }),
    )
    expect(signOff.allowed).toBe(false)
    if (!signOff.allowed) expect(signOff.missing.join()).toMatch(/four-eyes/)
    const approve = await evaluateTransition(
      ctx({ from: 'compliance_review', to: 'approved', actor: { id: 7, roles: ['compliance'] }, lastEditedBy: '7' }),
    )
    expect(approve.allowed).toBe(false)
    const other = await evaluateTransition(
      ctx({
        from: 'in_review',
        to: 'compliance_review',
        actor: { id: 8, roles: ['clinical-reviewer'] },
        lastEditedBy: 7,
      }),
    )
    expect(other.allowed).toBe(true)
  })

  it('requires a comment to request changes and a future date to schedule', async () => {
    const noComment = await evaluateTransition(
      ctx({
        from: 'in_review',
        to: 'changes_requested',
        actor: { id: 2, roles: ['clinical-reviewer'] },
        comment: '  ',
      }),
    )
    expect(noComment.allowed).toBe(false)
    const past = await evaluateTransition(
      ctx({
        from: 'approved',
        to: 'scheduled',
        actor: { id: 2, roles: ['compliance'] },
        publishAt: new Date('2026-01-01'),
      }),
    )
    expect(past.allowed).toBe(false)
    const future = await evaluateTransition(
      ctx({
        from: 'approved',
        to: 'scheduled',
        actor: { id: 2, roles: ['compliance'] },
        publishAt: new Date('2026-07-01'),
      }),
    )
    expect(future.allowed).toBe(true)
  })

  it('lists every reason at once, extra guards included', async () => {
    const result = await evaluateTransition(
      ctx({ from: 'compliance_review', to: 'approved', actor: { id: 5, roles: ['editor'] }, lastEditedBy: 5 }),
      [() => '2 pending claims'],
    )
    expect(result.allowed).toBe(false)
    if (!result.allowed) expect(result.missing).toHaveLength(3)
  })

  it('lets only the scheduler role act as system', async () => {
    expect(
      (await evaluateTransition(ctx({ from: 'scheduled', to: 'published', actor: { id: null, roles: ['system'] } })))
        .allowed,
    ).toBe(true)
    expect(
      (await evaluateTransition(ctx({ from: 'approved', to: 'published', actor: { id: null, roles: ['system'] } })))
        .allowed,
    ).toBe(false)
  })

  it('offers each role its own actions', () => {
    expect(transitionsFor('in_review', { id: 1, roles: ['clinical-reviewer'] }).map((t) => t.to)).toEqual([
      'compliance_review',
      'changes_requested',
    ])
    // An editor's only move on content under review is the explicit step back to draft, with its warning.
    const editorActions = transitionsFor('in_review', { id: 1, roles: ['editor'] })
    expect(editorActions.map((t) => [t.to, t.action])).toEqual([['draft', 'Reopen for editing']])
    expect(editorActions[0].confirm).toMatch(/review start again/)
  })

  it('lets editors reopen anything past draft, and only editors and admins', () => {
    for (const from of ['in_review', 'compliance_review', 'approved', 'scheduled', 'published'] as const) {
      expect(findTransition(from, 'draft')?.roles).toEqual(['editor', 'admin'])
    }
    expect(findTransition('published', 'draft')?.confirm).toMatch(/live version stays published/)
    expect(EDITABLE_STATES).toEqual(['draft', 'changes_requested'])
  })
})
