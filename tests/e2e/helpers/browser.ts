import AxeBuilder from '@axe-core/playwright'
import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, inject } from 'vitest'

import { CHROMIUM_ARGS } from '../../../scripts/lib/chromium-args'
import { CHROMIUM, toolPath } from '../../../scripts/lib/debian-package'

export const SCREENSHOT_DIR = path.resolve('test-results/screenshots')

/** The two widths every walk of a page people touch runs at. */
export const DESKTOP = { width: 1280, height: 900 }
export const PHONE = { width: 390, height: 844 }
export const VIEWPORTS = [DESKTOP, PHONE]

/** How far the page scrolls sideways (0 when it fits its width, as it must on a phone). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
}

export type AccessibilityCounts = {
  label: string
  violations: number
  critical: number
  serious: number
  moderate: number
  minor: number
  passes: number
}

type TrackedPage = { page: Page; context: BrowserContext; pageErrors: string[]; consoleErrors: string[]; reported: number }

/**
 * One Chromium per test file (Debian's, at CHROMIUM_PATH or /usr/bin/chromium; scripts/test.ts
 * installs it when missing). Call at the top of a test file. Every page comes from `newPage()`:
 * an uncaught error in a page (`pageerror`), a script-policy violation or a 5xx answer from the
 * server fails the test that was running when it happened, and console errors are kept and listed
 * when the file ends.
 */
export function useBrowser() {
  let browser: Browser | undefined
  const pages: TrackedPage[] = []
  const accessibility: AccessibilityCounts[] = []

  beforeAll(async () => {
    const executablePath = toolPath(CHROMIUM)
    if (!fs.existsSync(executablePath)) {
      throw new Error(
        `No Chromium at ${executablePath}: run the e2e leg through \`npm test -- --only=e2e\` (it installs Debian's chromium) or set CHROMIUM_PATH.`,
      )
    }
    browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS })
  })

  afterEach(() => {
    const fresh = pages.flatMap((tracked) => {
      const errors = tracked.pageErrors.slice(tracked.reported)
      tracked.reported = tracked.pageErrors.length
      return errors
    })
    if (fresh.length > 0) throw new Error(`error(s) in the page:\n${fresh.join('\n')}`)
  })

  afterAll(async () => {
    const consoleErrors = pages.flatMap((tracked) => tracked.consoleErrors)
    if (consoleErrors.length > 0) {
      console.log(
        `console errors seen (${consoleErrors.length}, not failing):\n${[...new Set(consoleErrors)].map((line) => `  ${line}`).join('\n')}`,
      )
    }
    if (accessibility.length > 0) {
      console.log(
        `accessibility (axe):\n${accessibility
          .map(
            (a) =>
              `  ${a.label}: ${a.violations} violations (${a.critical} critical, ${a.serious} serious, ${a.moderate} moderate, ${a.minor} minor), ${a.passes} rules passed`,
          )
          .join('\n')}`,
      )
    }
    await browser?.close()
  })

  return {
    get browser(): Browser {
      if (!browser) throw new Error('the browser is not started yet (use it inside tests or hooks)')
      return browser
    },

    /** A page in a context of its own (own cookies), with the test server as its base URL; `touch` emulates a phone's touch screen, `javaScript: false` a browser without script. */
    async newPage(options: { viewport?: { width: number; height: number }; touch?: boolean; javaScript?: boolean } = {}): Promise<Page> {
      if (!browser) throw new Error('the browser is not started yet (use it inside tests or hooks)')
      const context = await browser.newContext({
        baseURL: inject('baseUrl'),
        viewport: options.viewport ?? { width: 1366, height: 900 },
        // A phone: touch events and no mouse hover, as a reader's finger makes them.
        ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
        // A reader whose browser runs no script: what the pages must still do without it.
        ...(options.javaScript === false ? { javaScriptEnabled: false } : {}),
        locale: 'en-GB',
        timezoneId: 'UTC',
      })
      const page = await context.newPage()
      const tracked: TrackedPage = { page, context, pageErrors: [], consoleErrors: [], reported: 0 }
      page.on('pageerror', (error) => tracked.pageErrors.push(`${page.url()}: ${error.stack ?? error.message}`))
      // A 5xx from our own server is a bug wherever it shows up (the page may hide it): fail like a page error.
      page.on('response', (response) => {
        if (response.status() >= 500 && response.url().startsWith(inject('baseUrl'))) {
          tracked.pageErrors.push(`${response.status()} from ${response.request().method()} ${response.url()} (on ${page.url()})`)
        }
      })
      page.on('console', (message) => {
        if (message.type() !== 'error') return
        // The reader site's script policy refused something: either markup got through escaping, or
        // the site itself loads something its policy does not allow. Both are bugs.
        if (/Content Security Policy/i.test(message.text())) tracked.pageErrors.push(`${page.url()}: ${message.text()}`)
        const source = message.location().url
        tracked.consoleErrors.push(`${page.url()}: ${message.text()}${source && source !== page.url() ? ` (${source})` : ''}`)
      })
      pages.push(tracked)
      return page
    },

    /**
     * Runs axe on the page as it is now. Prints each violation (rule id, impact, the elements it hit);
     * unless `enforce: false`, fails on any serious or critical one. Returns the counts for the report.
     */
    async expectAccessible(page: Page, label: string, options: { enforce?: boolean; include?: string } = {}): Promise<AccessibilityCounts> {
      const enforce = options.enforce ?? true
      // `include`: only our own component on a page of Payload's admin.
      const builder = options.include ? new AxeBuilder({ page }).include(options.include) : new AxeBuilder({ page })
      const results = await builder.analyze()
      const count = (impact: string) => results.violations.filter((violation) => violation.impact === impact).length
      const counts: AccessibilityCounts = {
        label,
        violations: results.violations.length,
        critical: count('critical'),
        serious: count('serious'),
        moderate: count('moderate'),
        minor: count('minor'),
        passes: results.passes.length,
      }
      accessibility.push(counts)
      const lines = results.violations.map((violation) => {
        const targets = violation.nodes.map((node) => node.target.join(' ')).slice(0, 5)
        const more = violation.nodes.length > targets.length ? ` (+${violation.nodes.length - targets.length} more)` : ''
        return `  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n    ${targets.join('\n    ')}${more}`
      })
      if (lines.length > 0) console.log(`axe on ${label}${enforce ? '' : ' (reported only)'}:\n${lines.join('\n')}`)
      const blocking = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      if (enforce && blocking.length > 0) {
        throw new Error(
          `${label}: ${blocking.length} serious or critical accessibility violation(s): ${blocking.map((violation) => violation.id).join(', ')}`,
        )
      }
      return counts
    },
  }
}

/**
 * A PNG in test-results/screenshots/<name>.png (kept out of git), of the whole page unless
 * `{ fullPage: false }` asks for what the window shows. Returns its path. A page tens of thousands
 * of pixels tall (the API reference) takes Chromium over 30 s to capture whole on these machines, so
 * such a page is shot as the person sees it, scrolled to what they were reading.
 */
export async function screenshot(page: Page, name: string, { fullPage = true }: { fullPage?: boolean } = {}): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^a-z0-9._-]+/gi, '-')}.png`)
  await page.screenshot({ path: file, fullPage })
  return file
}
