import sparticuzChromium from '@sparticuz/chromium'
import fs from 'fs'
import path from 'path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { onTestFailed } from 'vitest'

import { projectRoot } from '@/lib/paths'

import { TEST_PASSWORD } from '../../helpers/users'

/**
 * The Chromium that `npm install` brings inside the @sparticuz/chromium package (unpacked to the
 * temporary folder on first use), or the one CHROMIUM_PATH names. Never a browser downloaded by a
 * test tool at run time. Its own launch flags are not used: they turn off web security and site
 * isolation, which the tests rely on.
 */
const chromiumExecutable = async (): Promise<string> => {
  const given = process.env.CHROMIUM_PATH
  if (!given) return sparticuzChromium.executablePath()
  if (!fs.existsSync(given)) throw new Error(`CHROMIUM_PATH names ${given}, which does not exist.`)
  return given
}

// Without the background-networking flags chromium keeps calling home, which a closed network refuses.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export const screenshotDir = path.join(projectRoot, 'test-results', 'e2e')

export const launchBrowser = async (): Promise<Browser> => {
  return chromium.launch({ executablePath: await chromiumExecutable(), headless: true, args: CHROMIUM_ARGS })
}

/** Takes a full-page screenshot of every open page when the current test fails. */
export const screenshotOnFailure = (pages: () => Page[]) =>
  onTestFailed(async ({ task }) => {
    fs.mkdirSync(screenshotDir, { recursive: true })
    const name = task.name
      .replace(/[^a-z0-9]+/gi, '-')
      .toLowerCase()
      .slice(0, 80)
    await Promise.all(
      pages().map((page, index) =>
        page.isClosed()
          ? undefined
          : page
              .screenshot({ path: path.join(screenshotDir, `${name}-${index}.png`), fullPage: true })
              .catch(() => undefined),
      ),
    )
  })

/** A fresh browser profile signed in to the admin through its login form. */
export const signIn = async (
  browser: Browser,
  baseUrl: string,
  email: string,
): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1440, height: 1000 } })
  const page = await context.newPage()
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(TEST_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'))
  return { context, page }
}
