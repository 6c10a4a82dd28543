import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { useBrowser } from '../e2e/helpers/browser'
import { loginAs, request } from '../http/helpers/client'
import { changeCommentSettings, newReader, quietStory } from './helpers/community'
import { textCorpus } from './helpers/corpora'

/**
 * The stored-XSS corpus as readers would plant it (comment bodies, guest names, a reader's display
 * name) and as a link would reflect it (search), opened in Chromium: no payload may run. Every payload
 * calls alert() if it runs, so any dialog fails; injected elements must not be in the DOM at all
 * (escaping, not only the script policy, must stop them); and a script-policy violation in the
 * console fails the page (tests/e2e/helpers/browser.ts), since it means markup got through.
 */
const browser = useBrowser()
const xss = textCorpus('xss')
const INJECTED =
  '#comments img[src="x"], #comments script, #comments iframe, #comments svg, #comments object, #comments embed, #comments details, #comments input'

let story: { id: string; slug: string }
let planted = 0

/** Opens `path` with a dialog trap; returns the dialogs that opened while `act` ran. */
async function dialogsDuring(page: Page, act: () => Promise<void>): Promise<string[]> {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await act()
  return dialogs
}

beforeAll(async () => {
  const restoreSettings = await changeCommentSettings({
    mode: 'post',
    guestsAllowed: true,
    minSecondsToSubmit: 0,
    readerRateLimit: { max: 0, windowSeconds: 60 },
    ipRateLimit: { max: 0, windowSeconds: 60 },
  })
  // Not the lead story the reader-site test comments on: the oldest one, which no other file reads.
  story = await quietStory()
  // Two readers: one whose display name is itself a payload, and a plain one.
  const readers = [await newReader('<img src=x onerror=alert("name")>'), await newReader('Plain probe')]
  const ids: string[] = []
  const elsewhere = `198.51.100.${1 + Math.floor(Math.random() * 250)}`
  const formShownAt = new Date(Date.now() - 60_000).toISOString()
  for (const [index, body] of xss.entries()) {
    const guest = index % 3 === 2
    const response = await request<{ comment?: { id: string } }>('/api/comments', {
      method: 'POST',
      // From an address of its own (a loopback proxy's X-Forwarded-For is trusted): the per-address
      // comment limit of the files after this one stays untouched.
      headers: { 'X-Forwarded-For': elsewhere },
      token: guest ? undefined : readers[index % readers.length].token,
      json: {
        article: story.id,
        body: `${body} (${index})`,
        formShownAt,
        ...(guest ? { guestName: body.slice(0, 60), guestEmail: `guest-${index}@example.test` } : {}),
      },
    })
    if (response.body.comment) ids.push(response.body.comment.id)
  }
  const approved = await request('/api/comments/moderate', {
    method: 'POST',
    token: await loginAs('moderator'),
    json: { ids, action: 'approve' },
  })
  expect(approved.status).toBe(200)
  planted = ids.length
  expect(planted).toBeGreaterThan(xss.length / 2)
  await restoreSettings()
})

describe('stored XSS in the browser', () => {
  it('shows every planted comment, on the page and after "View all comments", as text that runs nothing', async () => {
    const page = await browser.newPage()
    const dialogs = await dialogsDuring(page, async () => {
      await page.goto(`/articles/${story.slug}`)
      await page.locator('#comments .comment-list').first().waitFor()
      const more = page.getByRole('link', { name: /View all comments/ })
      for (let pages = 0; pages < 20 && (await more.isVisible()); pages++) {
        await more.click()
        await page.waitForTimeout(300)
      }
      // A payload that waits for an event (focus, toggle, load) has had its chance by now.
      await page.waitForTimeout(500)
    })
    expect(dialogs).toEqual([])
    expect(await page.locator(INJECTED).count()).toBe(0)
    // The payloads are there, as text a reader can read.
    await expect(page.locator('#comments').getByText('<script>alert(1)</script>', { exact: false }).first().isVisible()).resolves.toBe(true)
    const shown = await page.locator('#comments .comment-body').count()
    console.log(`stored XSS: ${planted} hostile comments planted and approved, ${shown} shown in Chromium, 0 dialogs, 0 injected elements`)
  })

  it('reflects nothing from a search link into the page', async () => {
    const page = await browser.newPage()
    const dialogs = await dialogsDuring(page, async () => {
      for (const payload of xss.slice(0, 12)) {
        await page.goto(`/search?q=${encodeURIComponent(payload)}`)
        await page.waitForLoadState('load')
      }
    })
    expect(dialogs).toEqual([])
    expect(await page.locator('main img[src="x"], main iframe, main svg[onload]').count()).toBe(0)
  })
})
