import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'

import { loginAs, request } from '../http/helpers/client'
import { loginToAdmin, type StaffRole } from './helpers/admin'
import { DESKTOP, PHONE, screenshot, useBrowser } from './helpers/browser'

/**
 * Our request guards, access rules and plugins must never break Payload's own admin. Each role logs
 * in through the form and walks every list its navigation offers and an edit view from each (a
 * different row per role: Payload locks a document while someone has it open), then the globals.
 * No page may log a console error, answer a 5xx, or show "Untitled - ID" where a name belongs.
 * With a screenshot of every view (test-results/screenshots/admin-walk-*).
 * Every role at 1280 px: what a role may see and do does not depend on the width. At 390 px, the
 * layout's turn: the admin, whose navigation offers every list and global, and the moderator, who
 * works the comment lists with their moderation columns and actions. (Eight walks took over six
 * minutes of a CI run; the moderation desk has its own phone test.)
 */
const { newPage } = useBrowser()

const ROLES: StaffRole[] = ['admin', 'editor', 'author', 'moderator']
// Payload's cell for a linked document it could not load. ("<No Section>" is an empty value, or a
// row below the fold whose names load when scrolled to: not a fault.)
const NAMELESS = /Untitled - ID/

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle')
}

/** The lists and globals the navigation offers this role, as paths. */
async function navigationTargets(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('nav a[href^="/admin/collections/"], nav a[href^="/admin/globals/"]')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))
  return [...new Set(hrefs)]
}

/** Payload keeps a document locked for its last editor: released between roles, as logging out would. */
async function releaseLocks(): Promise<void> {
  const admin = await loginAs('admin')
  const locks = await request<{ docs: { id: string }[] }>('/api/payload-locked-documents?limit=100&depth=0', { token: admin })
  for (const lock of locks.body.docs ?? []) await request(`/api/payload-locked-documents/${lock.id}`, { method: 'DELETE', token: admin })
}

const PHONE_ROLES: StaffRole[] = ['admin', 'moderator']
const WALKS = [
  ...ROLES.map((role, index) => ({ role, index, viewport: DESKTOP })),
  ...PHONE_ROLES.map((role) => ({ role, index: ROLES.indexOf(role), viewport: PHONE })),
].map((walk) => ({ ...walk, width: walk.viewport.width }))

it.each(WALKS)(
  'a $role opens every list and an edit view from each without an error or a nameless link, at $width px',
  async ({ role, index, viewport }) => {
    await releaseLocks()
    const page = await newPage({ viewport })
    const shot = (path: string) => screenshot(page, `admin-walk-${role}-${viewport.width}${path.replace(/\//g, '-')}`, { fullPage: false })
    const errors: string[] = []
    page.on('console', (message) => {
      // The resource's own address too: "Failed to load resource" names only the status.
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()} (${message.location().url})`)
    })
    await loginToAdmin(page, role)
    // The navigation's links are in the page at every width (behind the menu button on a phone).
    // (A trial click on that button stood here: at 390 px it never became clickable and waited
    // out its 30 s in each phone walk.)
    await page.locator('nav a[href^="/admin/collections/"]').first().waitFor({ state: 'attached' })
    const targets = await navigationTargets(page)
    expect(targets.length, `${role} sees some lists`).toBeGreaterThan(2)
    const walked: string[] = []

    for (const target of targets) {
      await page.goto(target)
      if (target.startsWith('/admin/collections/')) {
        await page.waitForURL((url) => url.pathname === target && url.search !== '')
        await page.locator('.collection-list, .list-controls').first().waitFor()
        await settle(page)
        expect(await page.getByText(NAMELESS).allInnerTexts(), `${role} ${target}`).toEqual([])
        await shot(target)
        const rows = page.locator('table tbody tr')
        const count = await rows.count()
        if (count === 0) {
          walked.push(`${target} (empty)`)
          continue
        }
        const link = rows
          .nth(Math.min(index, count - 1))
          .locator('a')
          .first()
        await link.click()
        await page.waitForURL((url) => url.pathname.startsWith(`${target}/`))
      }
      await page.locator('form').first().waitFor()
      await settle(page)
      expect(await page.getByText(NAMELESS).allInnerTexts(), `${role} ${page.url()}`).toEqual([])
      const path = new URL(page.url()).pathname
      await shot(path.startsWith('/admin/globals/') ? path : `${target}-edit`)
      walked.push(path)
    }
    console.log(`${role} at ${viewport.width} px walked ${walked.length} views: ${walked.join(', ')}`)
    expect(errors, `${role}: console errors`).toEqual([])
  },
)
