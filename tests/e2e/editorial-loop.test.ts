/**
 * The whole editorial loop in a real browser (the Chromium npm installs, through playwright-core) against
 * the production build (`next start`) on the test PostgreSQL: an editor writes an article with a
 * statistic, a clinical reviewer signs it off, compliance sources and approves the claim and
 * publishes it, and the public site shows it; publishing is refused while a claim is pending; a
 * reader's crisis comment gets the crisis resources and reaches the moderator flagged urgent.
 * Screenshots of failing tests land in test-results/e2e/.
 */
import type { Payload } from 'payload'
import { slugify } from 'payload/shared'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'

import { articleData, publishedFixture } from '../helpers/lexical'
import { getTestPayload } from '../helpers/payload'
import { userWithRole, type TestUser } from '../helpers/users'
import { forceState, recordsAbout, stateOf, transitionAs, uniqueTitle } from '../helpers/workflow'
import { startProductionApp, type RunningApp } from './helpers/app'
import { launchBrowser, screenshotOnFailure, signIn } from './helpers/browser'

const STATISTIC =
  'Intensive outpatient programs cut relapses by up to 50% in the first year, according to a national survey.'
const CRISIS_COMMENT = 'I have the pills ready and I am going to end it tonight.'

// The browser tests' own accounts: other test files rely on the shared ones as they are.
const EMAIL = {
  editor: 'e2e-editor@test.vetted',
  'clinical-reviewer': 'e2e-reviewer@test.vetted',
  compliance: 'e2e-compliance@test.vetted',
  moderator: 'e2e-moderator@test.vetted',
} as const

const waitForText = (locator: Locator, text: string | RegExp) =>
  locator.filter({ hasText: text }).first().waitFor({ timeout: 30_000 })

const bodyText = (article: Pick<Article, 'body'>) => JSON.stringify(article.body)

/** Visible text whose colour against its nearest opaque background is under WCAG AA (4.5:1, 3:1 for large text). */
const lowContrastText = (page: Page) =>
  page.evaluate(() => {
    const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number)
    const luminance = ([r, g, b]: number[]) => {
      const [R, G, B] = [r, g, b].map((c) =>
        c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4,
      )
      return 0.2126 * R + 0.7152 * G + 0.0722 * B
    }
    const background = (element: Element | null): number[] => {
      for (let node = element; node; node = node.parentElement) {
        const colour = rgb(getComputedStyle(node).backgroundColor)
        if (colour.length === 3 || colour[3] === 1) return colour.slice(0, 3)
      }
      return [255, 255, 255]
    }
    const problems: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const element = text.parentElement
      if (
        !element ||
        !text.textContent?.trim() ||
        !element.checkVisibility() ||
        element.closest('script, style, [aria-hidden="true"]')
      )
        continue
      const style = getComputedStyle(element)
      const [l1, l2] = [luminance(rgb(style.color)), luminance(background(element))].sort((a, b) => b - a)
      const ratio = (l1 + 0.05) / (l2 + 0.05)
      const large =
        parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.66 && Number(style.fontWeight) >= 700)
      if (ratio < (large ? 3 : 4.5)) problems.push(`${ratio.toFixed(2)}: ${text.textContent.trim().slice(0, 40)}`)
    }
    return problems
  })

// A browser test walks through several admin screens: give each three minutes on a slow machine.
describe('the editorial loop in a browser', { timeout: 180_000 }, () => {
  let payload: Payload
  let app: RunningApp
  let browser: Browser
  const open: Page[] = []
  let sourceTitle: string
  let reviewerName: string
  const users = {} as Record<keyof typeof EMAIL, TestUser>

  /** An article draft the editor wrote, through the Local API with access control on. */
  const editorDraft = (title: string, text: string) =>
    payload.create({
      collection: 'articles',
      data: articleData(uniqueTitle(title), text),
      draft: true,
      overrideAccess: false,
      user: users.editor,
    })

  const as = async (email: string) => {
    const session = await signIn(browser, app.baseUrl, email)
    open.push(session.page)
    return session.page
  }

  const reader = async (width = 1280) => {
    const context = await browser.newContext({ baseURL: app.baseUrl, viewport: { width, height: 900 } })
    const page = await context.newPage()
    open.push(page)
    return page
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    for (const role of Object.keys(EMAIL) as (keyof typeof EMAIL)[])
      users[role] = await userWithRole(payload, role, EMAIL[role])
    reviewerName = 'Dr. Ada Quinn'
    await payload.update({
      collection: 'users',
      id: users['clinical-reviewer'].id,
      data: { name: reviewerName, credentials: 'PsyD' },
    })
    sourceTitle = uniqueTitle('National survey of intensive outpatient outcomes')
    await payload.create({
      collection: 'sources',
      data: {
        title: sourceTitle,
        url: 'https://example.org/iop-survey',
        publisher: 'National Institute of Example',
        year: 2024,
        evidenceLevel: 'government-statistic',
      },
    })
    app = await startProductionApp()
    browser = await launchBrowser()
  }, 900_000)

  // Each test starts with fresh browser profiles (and screenshots only its own pages on failure).
  beforeEach(async () => {
    await Promise.all(open.splice(0).map((page) => page.context().close()))
  })

  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  it('editor writes and submits, the reviewer signs off, compliance sources the claim and publishes; the public page shows it', async () => {
    screenshotOnFailure(() => open)
    const title = uniqueTitle('Does intensive outpatient care work')

    // The editor writes the article in the admin and submits it.
    const editor = await as(EMAIL.editor)
    await editor.goto('/admin/collections/articles/create')
    await editor.locator('#field-title').fill(title)
    await editor.locator('[data-lexical-editor="true"]').first().click()
    await editor.keyboard.type(STATISTIC)
    await editor.waitForURL(/\/admin\/collections\/articles\/\d+/, { timeout: 30_000 })
    const id = Number(/articles\/(\d+)/.exec(editor.url())![1])
    await expect
      .poll(async () => bodyText(await payload.findByID({ collection: 'articles', id, draft: true })), {
        timeout: 30_000,
      })
      .toContain('50%')
    await editor.reload()
    await editor.getByRole('button', { name: 'Submit for clinical review' }).click()
    await waitForText(editor.getByTestId('workflow-state'), 'In clinical review')

    // The clinical reviewer signs it off.
    const reviewer = await as(EMAIL['clinical-reviewer'])
    await reviewer.goto(`/admin/collections/articles/${id}`)
    await reviewer.getByRole('button', { name: 'Sign off clinically' }).click()
    await waitForText(reviewer.getByTestId('workflow-state'), 'In compliance review')

    // Compliance sees the statistic as a pending claim, attaches a source, approves it, then the article.
    const compliance = await as(EMAIL.compliance)
    await compliance.goto(`/admin/collections/articles/${id}`)
    const [claim] = await recordsAbout(payload, 'claims', 'articles', id)
    expect(claim).toMatchObject({ type: 'statistic', status: 'pending' })
    const claimItem = compliance.locator('li', { has: compliance.getByTestId(`claim-status-${claim.id}`) })
    await waitForText(claimItem, 'cut relapses by up to 50%')
    await compliance.getByLabel(`Add a source to claim ${claim.id}`).selectOption({ label: sourceTitle })
    await waitForText(compliance.getByTestId(`claim-sources-${claim.id}`), sourceTitle)
    await claimItem.getByRole('button', { name: 'Approve claim' }).click()
    await waitForText(compliance.getByTestId(`claim-status-${claim.id}`), 'approved')
    await compliance.getByRole('button', { name: 'Approve', exact: true }).click()
    await waitForText(compliance.getByTestId('workflow-state'), 'Approved')
    await compliance.getByRole('button', { name: 'Publish', exact: true }).click()
    await waitForText(compliance.getByTestId('workflow-state'), 'Published')
    expect(await stateOf(payload, 'articles', id)).toBe('published')

    // A reader finds it on the home page and reads it.
    const slug = (await payload.findByID({ collection: 'articles', id })).slug
    const page = await reader(390)
    await page.goto('/')
    await page.getByRole('link', { name: title }).click()
    await page.waitForURL(`**/articles/${slug}`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title)
    const reviewerLine = await page.getByTestId('reviewer-line').textContent()
    expect(reviewerLine).toMatch(
      new RegExp(`^Clinically reviewed by ${reviewerName}, PsyD on [A-Z][a-z]+ \\d{1,2}, \\d{4}`),
    )
    expect(await page.locator('.prose').textContent()).toContain(STATISTIC)
    const sources = page.getByRole('region', { name: 'Sources' })
    expect(await sources.getByRole('link', { name: sourceTitle }).getAttribute('href')).toBe(
      'https://example.org/iop-survey',
    )

    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '')
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      headline: title,
      reviewedBy: { '@type': 'Person', name: reviewerName },
    })
    expect(jsonLd.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`/articles/${slug}$`))
    expect(await page.locator('meta[property="og:type"]').getAttribute('content')).toBe('article')

    // Search engines are told about it.
    const sitemap = await (await fetch(`${app.baseUrl}/sitemap.xml`)).text()
    expect(sitemap).toContain(`/articles/${slug}</loc>`)
  })

  it("shows Vetted's name, logo, icon and title in the admin, not Payload's", async () => {
    screenshotOnFailure(() => open)
    const visitor = await reader()
    await visitor.goto('/admin/login')
    await visitor.getByTestId('vetted-logo').waitFor()
    await expect.poll(() => visitor.getByTestId('vetted-logo').textContent()).toBe('Vetted')
    expect(await visitor.title()).toMatch(/· Vetted$/)
    expect(
      await visitor.locator('link[rel="icon"]').evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
    ).toEqual(['/favicon.svg'])
    const favicon = await visitor.request.get('/favicon.svg')
    expect(favicon.status()).toBe(200)
    expect(await favicon.text()).toContain('<svg')
    expect(await visitor.content()).not.toMatch(/payload-favicon|Payload App/)

    const editor = await as(EMAIL.editor)
    await editor.goto('/admin')
    await editor.getByRole('img', { name: 'Vetted' }).first().waitFor()
    expect(await editor.title()).toBe('Dashboard · Vetted')
  })

  it('refuses to approve or publish while a claim is pending: the checklist says why and the action waits', async () => {
    screenshotOnFailure(() => open)
    const title = uniqueTitle('Pending claim')
    const draft = await payload.create({
      collection: 'articles',
      data: articleData(title, STATISTIC),
      draft: true,
      overrideAccess: false,
      user: users.editor,
    })
    await forceState(payload, 'articles', draft.id, 'compliance_review')

    const compliance = await as(EMAIL.compliance)
    await compliance.goto(`/admin/collections/articles/${draft.id}`)
    await waitForText(compliance.getByTestId('compliance-blockers'), 'cut relapses by up to 50%')
    // The action says what is missing before anyone clicks it.
    await waitForText(compliance.getByTestId('workflow-checklist-approved'), 'cut relapses by up to 50%')
    expect(await compliance.getByRole('button', { name: 'Approve', exact: true }).isDisabled()).toBe(true)
    expect(await compliance.getByTestId('workflow-state').textContent()).toBe('In compliance review')
    // Payload's own publish button is replaced: the workflow is the only way to publish.
    expect(await compliance.locator('#action-save').count()).toBe(0)
    expect(await stateOf(payload, 'articles', draft.id)).toBe('compliance_review')

    // Approved content whose claim is pending again (compliance reopened it) cannot be published either.
    await forceState(payload, 'articles', draft.id, 'approved')
    await compliance.reload()
    await waitForText(compliance.getByTestId('workflow-checklist-published'), 'cut relapses by up to 50%')
    expect(await compliance.getByRole('button', { name: 'Publish', exact: true }).isDisabled()).toBe(true)
    expect(await stateOf(payload, 'articles', draft.id)).toBe('approved')

    const page = await reader()
    const response = await page.goto(`/articles/${draft.slug}`)
    expect(response?.status()).toBe(404)
  })

  it('compliance writes a source in a drawer and approves the claim with it, and can undo; editors see no decision buttons', async () => {
    screenshotOnFailure(() => open)
    const draft = await payload.create({
      collection: 'articles',
      data: articleData(uniqueTitle('Source in a drawer'), STATISTIC),
      draft: true,
      overrideAccess: false,
      user: users.editor,
    })
    await forceState(payload, 'articles', draft.id, 'compliance_review')
    const [claim] = await recordsAbout(payload, 'claims', 'articles', draft.id)

    const editor = await as(EMAIL.editor)
    await editor.goto(`/admin/collections/articles/${draft.id}`)
    await waitForText(editor.getByTestId(`claim-status-${claim.id}`), 'pending')
    expect(await editor.getByRole('button', { name: 'Approve claim' }).count()).toBe(0)

    const compliance = await as(EMAIL.compliance)
    await compliance.goto(`/admin/collections/articles/${draft.id}`)
    const claimItem = compliance.locator('li', { has: compliance.getByTestId(`claim-status-${claim.id}`) })
    // A claim cannot be approved without a source.
    await waitForText(claimItem, 'cut relapses by up to 50%')
    expect(await claimItem.getByRole('button', { name: 'Approve claim' }).isDisabled()).toBe(true)
    await claimItem.getByRole('button', { name: 'New source…' }).click()
    const drawerTitle = uniqueTitle('Drawer-made survey')
    const drawer = compliance.locator('.drawer__content').last()
    await drawer.locator('#field-title').fill(drawerTitle)
    await drawer.locator('#field-url').fill('https://example.org/drawer-survey')
    await drawer.getByRole('button', { name: 'Save' }).click()
    await waitForText(compliance.getByTestId(`claim-sources-${claim.id}`), drawerTitle)
    await claimItem.getByRole('button', { name: 'Approve claim' }).click()
    await waitForText(compliance.getByTestId(`claim-status-${claim.id}`), 'approved')
    expect(await compliance.url()).toMatch(new RegExp(`/articles/${draft.id}`))
    await claimItem.getByRole('button', { name: 'Undo decision' }).click()
    await waitForText(compliance.getByTestId(`claim-status-${claim.id}`), 'pending')
  })

  it('shows content in review read-only to the reviewer; the editor reopens it only through an explicit, confirmed step', async () => {
    screenshotOnFailure(() => open)
    const draft = await editorDraft('Read-only in review', 'Group sessions meet three evenings a week.')
    await forceState(payload, 'articles', draft.id, 'in_review')

    // The reviewer's dashboard starts with it, in their queue; the editor's does not (it waits for review).
    const reviewer = await as(EMAIL['clinical-reviewer'])
    await reviewer.goto('/admin')
    const queue = reviewer.getByTestId('review-queue')
    await waitForText(queue, draft.title)
    expect(await queue.locator('tr', { hasText: draft.title }).textContent()).toMatch(/In clinical review/)

    // The reviewer's form is read-only: nothing they touch can be saved, so nothing moves the state.
    await reviewer.goto(`/admin/collections/articles/${draft.id}`)
    await reviewer.getByTestId('workflow-read-only').waitFor()
    expect(await reviewer.locator('#field-title').isDisabled()).toBe(true)
    expect(await reviewer.locator('#field-excerpt').isDisabled()).toBe(true)
    expect(await reviewer.getByRole('button', { name: 'Sign off clinically' }).isVisible()).toBe(true)
    await reviewer.waitForTimeout(3_000)
    expect(await stateOf(payload, 'articles', draft.id)).toBe('in_review')

    // The editor sees it read-only too, and reopening asks first what it will do.
    const editor = await as(EMAIL.editor)
    await editor.goto('/admin')
    await editor.getByTestId('review-queue').waitFor()
    expect(await editor.getByTestId('review-queue').textContent()).not.toContain(draft.title)
    await editor.goto(`/admin/collections/articles/${draft.id}`)
    await editor.getByTestId('workflow-read-only').waitFor()
    expect(await editor.locator('#field-title').isDisabled()).toBe(true)
    await editor.getByRole('button', { name: 'Reopen for editing' }).click()
    const confirm = editor.getByTestId('workflow-confirm')
    await waitForText(confirm, /review start again/)
    expect(await stateOf(payload, 'articles', draft.id)).toBe('in_review')
    await confirm.getByRole('button', { name: 'Yes, reopen for editing' }).click()
    await waitForText(editor.getByTestId('workflow-state'), 'Draft')
    await expect.poll(() => editor.locator('#field-title').isDisabled(), { timeout: 30_000 }).toBe(false)
    expect(await stateOf(payload, 'articles', draft.id)).toBe('draft')
    // Now it waits for the editor who reopened it.
    await editor.goto('/admin')
    await waitForText(editor.getByTestId('review-queue'), draft.title)
    expect((await recordsAbout(payload, 'workflow-events', 'articles', draft.id)).at(-1)).toMatchObject({
      from: 'in_review',
      to: 'draft',
      role: 'editor',
    })
  })

  it('the reviewer takes a review with a due date; the queue shows who holds it and when it is due', async () => {
    screenshotOnFailure(() => open)
    const draft = await editorDraft('Assigned review', 'Group sessions meet three evenings a week.')
    await transitionAs(payload, users.editor, { collection: 'articles', id: draft.id, to: 'in_review' })

    const reviewer = await as(EMAIL['clinical-reviewer'])
    await reviewer.goto(`/admin/collections/articles/${draft.id}`)
    const assignment = reviewer.getByTestId('workflow-assignment')
    await waitForText(assignment, 'nobody yet')
    expect(await reviewer.getByTestId('workflow-due').textContent()).toMatch(/\d{4}/)
    await assignment.getByRole('button', { name: 'Assign to me' }).click()
    await waitForText(reviewer.getByTestId('workflow-assignee'), reviewerName)
    const [event] = (await recordsAbout(payload, 'workflow-events', 'articles', draft.id)).filter(
      (item) => item.kind === 'assignment',
    )
    expect(event).toMatchObject({ assignee: users['clinical-reviewer'].id, actor: users['clinical-reviewer'].id })

    // Their dashboard: the review is theirs, with its due date.
    await reviewer.goto('/admin')
    const row = reviewer.getByTestId('review-queue').locator('tr', { hasText: draft.title })
    await row.waitFor()
    expect(await row.getByTestId('queue-assignee').textContent()).toBe('You')
    expect(await row.textContent()).toMatch(/In clinical review/)
    expect(await row.textContent()).toMatch(/\d{4}/)
  })

  it('shows the reviewer what changed since they asked for changes, content only', async () => {
    screenshotOnFailure(() => open)
    const draft = await editorDraft('Changes since review', 'Groups meet three evenings a week.')
    await transitionAs(payload, users.editor, { collection: 'articles', id: draft.id, to: 'in_review' })
    await transitionAs(payload, users['clinical-reviewer'], {
      collection: 'articles',
      id: draft.id,
      to: 'changes_requested',
      comment: 'Say how long the program lasts.',
    })
    await payload.update({
      collection: 'articles',
      id: draft.id,
      data: articleData(draft.title, 'Groups meet three evenings a week.', 'The program lasts six to ten weeks.'),
      draft: true,
      overrideAccess: false,
      user: users.editor,
    })
    await transitionAs(payload, users.editor, { collection: 'articles', id: draft.id, to: 'in_review' })

    const reviewer = await as(EMAIL['clinical-reviewer'])
    await reviewer.goto(`/admin/collections/articles/${draft.id}`)
    const changes = reviewer.getByTestId('workflow-changes')
    await waitForText(changes, 'The program lasts six to ten weeks.')
    expect(await changes.locator('summary').textContent()).toMatch(
      /Changes since the request for changes by Dr\. Ada Quinn \(1 in 1 field/,
    )
    expect(await changes.locator('[data-change="added"]').textContent()).toContain(
      'The program lasts six to ten weeks.',
    )
    // The reviewer who asked holds it again.
    await waitForText(reviewer.getByTestId('workflow-assignee'), reviewerName)
  })

  it('highlights findings in the editor; a click opens them, replaces a wording in one click, or opens the claim', async () => {
    screenshotOnFailure(() => open)
    const draft = await editorDraft(
      'Highlighted findings',
      'Every drug abuser deserves care. Our program cuts relapse rates by 50% within one year.',
    )
    const editor = await as(EMAIL.editor)
    await editor.goto(`/admin/collections/articles/${draft.id}`)
    const highlighted = (name: string) => editor.evaluate((highlight) => CSS.highlights.get(highlight)?.size ?? 0, name)
    await expect.poll(() => highlighted('vetted-language'), { timeout: 30_000 }).toBeGreaterThan(0)
    expect(await highlighted('vetted-claim')).toBeGreaterThan(0)
    // The document itself is unchanged: highlights are decorations, not marks in the text.
    expect(await editor.locator('[data-lexical-editor="true"] mark').count()).toBe(0)

    const centreOf = (phrase: string) =>
      editor.evaluate((text) => {
        const root = document.querySelector('[data-lexical-editor="true"]')!
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(text)
          if (at === -1) continue
          const range = document.createRange()
          range.setStart(node, at)
          range.setEnd(node, at + text.length)
          const box = range.getBoundingClientRect()
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 }
        }
        throw new Error(`"${text}" is not in the editor`)
      }, phrase)

    // A language finding: its suggestion, and the better wording in one click.
    const abuser = await centreOf('drug abuser')
    await editor.mouse.click(abuser.x, abuser.y)
    const popover = editor.getByTestId('finding-popover')
    await waitForText(popover, 'person-first/drug-abuser')
    await popover.getByRole('button', { name: 'Replace with “person who uses drugs”' }).click()
    await waitForText(editor.locator('[data-lexical-editor="true"]'), 'Every person who uses drugs deserves care.')
    // Autosaved and analysed again: the finding is gone from the text.
    await expect.poll(() => highlighted('vetted-language'), { timeout: 30_000 }).toBe(0)

    // A claim: its type and status, and the claim itself.
    const claim = await centreOf('50%')
    await editor.mouse.click(claim.x, claim.y)
    await waitForText(popover, /Claim \(statistic\)/)
    expect(await popover.textContent()).toMatch(/pending/)
    await popover.getByRole('button', { name: 'Open claim' }).click()
    // Payload's document drawer, on the claim: its sentence in the claim's own form.
    const drawer = editor.locator('.drawer--is-open')
    await drawer.waitFor({ timeout: 30_000 })
    await expect
      .poll(
        () =>
          drawer
            .locator('textarea, input')
            .evaluateAll((inputs) => inputs.some((input) => (input as HTMLInputElement).value.includes('50%'))),
        { timeout: 30_000 },
      )
      .toBe(true)
  })

  it('the reviewer comments on a passage of the text; the editor resolves the comment', async () => {
    screenshotOnFailure(() => open)
    const draft = await editorDraft('Passage comments', 'Groups meet three evenings a week for ten weeks.')
    await transitionAs(payload, users.editor, { collection: 'articles', id: draft.id, to: 'in_review' })

    const reviewer = await as(EMAIL['clinical-reviewer'])
    await reviewer.goto(`/admin/collections/articles/${draft.id}`)
    const comments = reviewer.getByTestId('passage-comments')
    await comments.waitFor()
    await waitForText(reviewer.locator('[data-lexical-editor="true"]'), 'three evenings a week')
    // Select words in the (read-only) editor, as a person would with the mouse.
    await reviewer.evaluate((phrase) => {
      const root = document.querySelector('[data-lexical-editor="true"]')!
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(phrase)
        if (at === -1) continue
        const range = document.createRange()
        range.setStart(node, at)
        range.setEnd(node, at + phrase.length)
        document.getSelection()!.removeAllRanges()
        document.getSelection()!.addRange(range)
        return
      }
    }, 'three evenings a week')
    await waitForText(reviewer.getByTestId('passage-quote'), 'On “three evenings a week”')
    await comments.locator('textarea').fill('Say how long each evening lasts.')
    await comments.getByRole('button', { name: 'Add comment' }).click()
    await waitForText(comments, 'Say how long each evening lasts.')
    expect(await comments.locator('blockquote').textContent()).toBe('three evenings a week')

    const editor = await as(EMAIL.editor)
    await editor.goto(`/admin/collections/articles/${draft.id}`)
    const editorComments = editor.getByTestId('passage-comments')
    await waitForText(editorComments, 'Say how long each evening lasts.')
    await editorComments.getByRole('button', { name: 'Resolve' }).click()
    await waitForText(editorComments.locator('summary'), '0 open, 1 resolved')
    const [stored] = (
      await payload.find({
        collection: 'review-comments',
        where: { 'document.value': { equals: draft.id } },
        depth: 0,
      })
    ).docs
    expect(stored).toMatchObject({ resolved: true, resolvedBy: users.editor.id, author: users['clinical-reviewer'].id })
  })

  it('previews a draft live for signed-in staff, refreshing on each save, and shows it to nobody else', async () => {
    screenshotOnFailure(() => open)
    const title = uniqueTitle('Draft about sleep and mood')
    const draft = await payload.create({
      collection: 'articles',
      data: articleData(title, 'First paragraph of the draft.'),
      draft: true,
      overrideAccess: false,
      user: users.editor,
    })

    const editor = await as(EMAIL.editor)
    await editor.goto(`/admin/collections/articles/${draft.id}`)
    await editor.locator('#live-preview-toggler').click()
    const preview = editor.frameLocator('iframe')
    await preview.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 30_000 })
    await preview.getByText('Draft preview (draft): not public').waitFor()

    await editor.locator('[data-lexical-editor="true"]').first().click()
    await editor.keyboard.press('ControlOrMeta+End')
    await editor.keyboard.press('Enter')
    await editor.keyboard.type('A second paragraph typed just now.')
    await preview.getByText('A second paragraph typed just now.').waitFor({ timeout: 30_000 })

    // FAQs preview the same way.
    const question = uniqueTitle('Can I keep working during a program')
    const faq = await payload.create({
      collection: 'faqs',
      data: { question, answer: articleData(question, 'Many people do.').body },
      draft: true,
      overrideAccess: false,
      user: users.editor,
    })
    await editor.goto(`/preview/faqs/${faq.id}`)
    await editor.getByRole('heading', { name: question }).waitFor()
    await editor.getByText('Draft preview (draft): not public').waitFor()

    // Readers and signed-out visitors see no draft, through the preview URL or the public page.
    const page = await reader()
    await page.goto(`/preview/faqs/${faq.id}`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Preview unavailable')
    expect(await page.content()).not.toContain(question)
    await page.goto(`/preview/articles/${draft.id}`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Preview unavailable')
    expect(await page.content()).not.toContain('First paragraph of the draft.')
    expect((await page.goto(`/articles/${draft.slug}`))?.status()).toBe(404)
    expect(await (await fetch(`${app.baseUrl}/sitemap.xml`)).text()).not.toContain(`/articles/${draft.slug}<`)
    expect(await (await fetch(`${app.baseUrl}/robots.txt`)).text()).toMatch(/Disallow: \/preview/)
  })

  it('serves home, category, FAQ and article pages that are accessible and fit a phone', async () => {
    screenshotOnFailure(() => open)
    const name = uniqueTitle('Sleep and mood')
    const category = await payload.create({ collection: 'categories', data: { name, slug: slugify(name) ?? name } })
    const title = uniqueTitle('How sleep affects mood')
    const data = articleData(title, 'Regular sleep supports emotional regulation.')
    data.body.root.children.push({
      type: 'block',
      version: 2,
      format: '',
      fields: { id: 'crisis-1', blockName: '', blockType: 'crisisResources', variant: 'full' },
    })
    const article = await payload.create({
      collection: 'articles',
      data: { ...data, categories: [category.id], _status: 'published', workflowState: 'published' },
      ...publishedFixture,
    })
    const question = uniqueTitle('How many hours of sleep do adults need')
    await payload.create({
      collection: 'faqs',
      data: {
        question,
        answer: articleData(question, 'Most adults need seven or more hours.').body,
        categories: [category.id],
        _status: 'published',
        workflowState: 'published',
      },
      ...publishedFixture,
    })

    const page = await reader(390)
    for (const path of ['/', '/articles', `/categories/${category.slug}`, '/faq', `/articles/${article.slug}`]) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(200)
      expect(await page.locator('html').getAttribute('lang')).toBe('en')
      expect(await page.getByRole('heading', { level: 1 }).count(), `${path}: one h1`).toBe(1)
      expect(await page.getByRole('main').count()).toBe(1)
      expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(1)
      expect(await page.getByRole('contentinfo').textContent(), `${path}: the crisis resources in the footer`).toMatch(
        /988/,
      )
      const unlabelled = await page
        .locator('input:visible, textarea:visible, select:visible')
        .evaluateAll((controls) =>
          controls
            .filter((control) => !(control as HTMLInputElement).labels?.length)
            .map((control) => control.outerHTML),
        )
      expect(unlabelled, `${path}: form controls without a label`).toEqual([])
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, `${path}: no sideways scrolling on a phone`).toBeLessThanOrEqual(0)
      await page.keyboard.press('Tab')
      expect(
        await page.evaluate(() => document.activeElement?.textContent),
        `${path}: the first Tab reaches the skip link`,
      ).toBe('Skip to content')
      expect(
        await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle),
        `${path}: keyboard focus is visible`,
      ).toBe('solid')
      expect(await lowContrastText(page), `${path}: text under WCAG AA contrast`).toEqual([])
    }

    // The article holds the crisis resources block: a banner on top, and the resources where the block stands.
    const banner = page.getByRole('region', { name: /crisis|help/i }).first()
    expect(
      await banner.evaluate(
        (region) => region.compareDocumentPosition(document.querySelector('h1')!) & Node.DOCUMENT_POSITION_FOLLOWING,
      ),
    ).toBeTruthy()
    expect(await banner.textContent()).toMatch(/988/)
    expect(await page.locator('.prose').getByRole('region').textContent()).toMatch(/988/)

    // A topic lists 20 articles a page, newest first: the 21st (the first published) is on page 2.
    for (let i = 0; i < 20; i++) {
      await payload.create({
        collection: 'articles',
        data: {
          ...articleData(uniqueTitle('Sleep note'), 'Short note.'),
          categories: [category.id],
          _status: 'published',
          workflowState: 'published',
        },
        ...publishedFixture,
      })
    }
    await page.goto(`/categories/${category.slug}`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(name)
    expect(await page.getByRole('link', { name: title }).count()).toBe(0)
    const pagination = page.getByRole('navigation', { name: 'Pagination' })
    expect(await pagination.textContent()).toContain('Page 1 of 2')
    await pagination.getByRole('link', { name: /Older articles/ }).click()
    await page.waitForURL(/\?page=2$/)
    await page.getByRole('link', { name: title }).waitFor()
    expect(await page.locator('.card').count()).toBe(1)
    for (const bad of ['3', '0', 'abc'])
      expect((await page.goto(`/categories/${category.slug}?page=${bad}`))?.status(), `page=${bad}`).toBe(404)
    await page.goto('/faq')
    await page.getByRole('heading', { name: question }).waitFor()
    const faqJsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '')
    expect(faqJsonLd['@type']).toBe('FAQPage')
    expect(faqJsonLd.mainEntity).toContainEqual({
      '@type': 'Question',
      name: question,
      acceptedAnswer: { '@type': 'Answer', text: 'Most adults need seven or more hours.' },
    })
  })

  it('serves article pages from the page cache until public content changes, whoever changes it', async () => {
    const title = uniqueTitle('Cached page')
    const article = await payload.create({
      collection: 'articles',
      data: { ...articleData(title, 'Cached body.'), _status: 'published', workflowState: 'published' },
      ...publishedFixture,
    })
    const url = `${app.baseUrl}/articles/${article.slug}`
    const visit = async () => {
      const response = await fetch(url)
      return {
        cache: response.headers.get('x-nextjs-cache'),
        cacheControl: response.headers.get('cache-control'),
        html: await response.text(),
      }
    }
    // The first render may race the NOTIFY of the article's own creation and not be kept: ask until it is.
    await expect.poll(async () => (await visit()).cache, { timeout: 5_000 }).toBe('HIT')
    // What a CDN may do with it: keep it a minute, serve it stale for at most five more.
    expect((await visit()).cacheControl).toBe('s-maxage=60, stale-while-revalidate=240')

    // A change written by another process (this test, through the Local API) reaches the page through PostgreSQL NOTIFY.
    const renamed = `${title} (revised)`
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { title: renamed },
      context: publishedFixture.context,
    })
    await expect.poll(async () => (await visit()).html, { timeout: 5_000 }).toContain(renamed)
    await expect.poll(async () => (await visit()).cache, { timeout: 5_000 }).toBe('HIT')
    expect((await visit()).html).toContain(renamed)
  })

  it('answers a crisis comment with the crisis resources; the moderator sees it urgent and rejects it with a reason, and approves an ordinary one', async () => {
    screenshotOnFailure(() => open)
    const title = uniqueTitle('Finding support after a hard week')
    const article = await payload.create({
      collection: 'articles',
      data: { ...articleData(title, 'Support is available.'), _status: 'published', workflowState: 'published' },
      ...publishedFixture,
    })

    // The reader comments in crisis and is shown the crisis resources at once.
    const page = await reader(390)
    await page.goto(`/articles/${article.slug}`)
    await page.getByLabel('Name', { exact: true }).fill('Jordan')
    await page.getByLabel('Email (never shown)').fill('jordan@example.com')
    await page.getByLabel('Comment', { exact: true }).fill(CRISIS_COMMENT)
    await page.getByRole('button', { name: 'Post comment' }).click()
    const crisis = page.getByRole('alert').filter({ has: page.locator('#comment-crisis-heading') })
    await crisis.waitFor()
    expect(await crisis.textContent()).toMatch(/988/)
    expect(await page.getByRole('status').textContent()).toMatch(/not have to go through this alone/)

    const [stored] = (
      await payload.find({ collection: 'comments', where: { article: { equals: article.id } }, limit: 1 })
    ).docs
    expect(stored).toMatchObject({ body: CRISIS_COMMENT, status: 'pending', urgent: true })

    // The moderator's dashboard starts with it; the queue shows it flagged urgent; it is rejected with a reason.
    const moderator = await as(EMAIL.moderator)
    await moderator.goto('/admin')
    await waitForText(moderator.getByTestId('urgent-comments-notice'), /urgent comments? with crisis language/)
    await moderator.goto('/admin/collections/comments')
    const notice = moderator.getByTestId('urgent-comments-notice')
    await waitForText(notice, /urgent comments? with crisis language/)
    await notice.getByRole('link').click()
    await moderator.waitForURL(/urgent/)
    const row = moderator.locator('tr', { hasText: 'Jordan' }).filter({ has: moderator.getByTestId('urgent-flag') })
    await row.first().waitFor()
    await moderator.goto(`/admin/collections/comments/${stored.id}`)
    // What the reader wrote is shown, not editable.
    await moderator.locator('#field-body').waitFor()
    expect(await moderator.locator('#field-body').isDisabled()).toBe(true)
    await moderator.locator('#field-status').click()
    await moderator.locator('.rs__option', { hasText: 'rejected' }).click()
    await moderator.locator('#action-save').click()
    await moderator
      .getByText(/Say why the comment is rejected/)
      .first()
      .waitFor()
    expect((await payload.findByID({ collection: 'comments', id: stored.id })).status).toBe('pending')
    // A crisis comment answered in private: not published, and not spam. Rejected from the queue's row.
    await moderator.goto('/admin/collections/comments')
    const crisisRow = moderator.getByTestId(`moderate-${stored.id}`)
    await waitForText(crisisRow, 'pills ready')
    await crisisRow.getByRole('button', { name: 'Reject…' }).click()
    await crisisRow.locator('.rs__control').click()
    await moderator.locator('.rs__option', { hasText: 'Crisis: handled privately' }).click()
    await crisisRow.getByRole('button', { name: 'Reject', exact: true }).click()
    await expect
      .poll(async () => (await payload.findByID({ collection: 'comments', id: stored.id })).status, { timeout: 30_000 })
      .toBe('rejected')
    const moderated = await payload.findByID({ collection: 'comments', id: stored.id, depth: 0 })
    expect(moderated).toMatchObject({ moderationReason: 'handled-privately', moderatedBy: users.moderator.id })

    // An ordinary comment, approved by the moderator, appears on the public page; the crisis one never does.
    await page.reload()
    await page.getByLabel('Name', { exact: true }).fill('Casey')
    await page.getByLabel('Email (never shown)').fill('casey@example.com')
    await page.getByLabel('Comment', { exact: true }).fill('The part about routines was useful, thank you.')
    await page.getByRole('button', { name: 'Post comment' }).click()
    expect(await page.getByRole('status').textContent()).toMatch(/will appear once a moderator has reviewed it/)
    expect(await page.locator('#comment-crisis-heading').count()).toBe(0)
    const [ordinary] = (
      await payload.find({
        collection: 'comments',
        where: { authorName: { equals: 'Casey' }, article: { equals: article.id } },
        limit: 1,
      })
    ).docs
    expect(ordinary).toMatchObject({ status: 'pending', urgent: false })
    // Approved from the queue itself, with the comment's opening words in the row.
    await moderator.goto('/admin/collections/comments')
    const actions = moderator.getByTestId(`moderate-${ordinary.id}`)
    await waitForText(actions, 'The part about routines was useful')
    // Escalated from the row: pinned for moderators, whatever the screening said.
    await actions.getByRole('button', { name: 'Mark urgent' }).click()
    await expect
      .poll(async () => (await payload.findByID({ collection: 'comments', id: ordinary.id })).urgent, {
        timeout: 30_000,
      })
      .toBe(true)
    await actions.getByRole('button', { name: 'Approve' }).click()
    await expect
      .poll(async () => (await payload.findByID({ collection: 'comments', id: ordinary.id })).status, {
        timeout: 30_000,
      })
      .toBe('approved')

    await page.reload()
    const comments = page.getByRole('region', { name: /^Comments/ })
    await waitForText(comments, 'The part about routines was useful, thank you.')
    expect(await comments.textContent()).toContain('Casey')
    expect(await comments.textContent()).not.toContain(CRISIS_COMMENT)
    expect(await page.content()).not.toContain('casey@example.com')
  })
})
