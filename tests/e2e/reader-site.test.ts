import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD } from '@/seed/demo-logins'
import { loginAs, request } from '../http/helpers/client'
import { waitForMail } from '../http/helpers/mail'
import { changeCommentSettings, NO_LIMIT } from '../security/helpers/community'
import { PHONE, screenshot, useBrowser } from './helpers/browser'

/**
 * A reader's way through the site in a real Chromium: home, search, an article with its related
 * stories, a guest comment held for review and approved by a moderator in the admin (arriving live
 * and after a reload), a "Notify of" subscription confirmed by e-mail, and inline feedback on a
 * passage. Every page type is checked with axe and kept as a screenshot (test-results/, not in git).
 */
const browser = useBrowser()

type Story = { id: string; slug: string; title: string }
let story: Story
let restoreLimits: () => Promise<void>

beforeAll(async () => {
  const admin = await loginAs('admin')
  // Guests may comment (held for review, as the default moderation mode holds newcomers); no
  // minimum time before submitting, since a test types faster than a person. The per-address
  // limits are off: every file posts from this one address (the moderation desk's walk posts a
  // hundred), and the limits are tested on servers of their own.
  const settings = await request('/api/globals/comment-settings', {
    method: 'POST',
    token: admin,
    json: { guestsAllowed: true, minSecondsToSubmit: 0 },
  })
  expect(settings.status).toBe(200)
  restoreLimits = await changeCommentSettings({ readerRateLimit: NO_LIMIT, ipRateLimit: NO_LIMIT })
  // The demo's lead story (tags, a captioned hero, a thread): the admin test publishes newer, barer ones.
  const found = await request<{ docs: Story[] }>(
    '/api/articles?depth=0&where[slug][equals]=container-ship-aground-halden-sound-channel-closed',
  )
  story = found.body.docs[0]
})

afterAll(() => restoreLimits())

async function postFromForm(page: Page, body: string, guest: { name: string; email: string } | null, notify = 'none') {
  await page.getByLabel('Your comment').fill(body)
  if (guest) {
    await page.getByLabel('Name', { exact: true }).fill(guest.name)
    await page.getByLabel(/^E-mail/).fill(guest.email)
  }
  await page.getByLabel('Notify of').selectOption(notify)
  const [response] = await Promise.all([
    page.waitForResponse((candidate) => candidate.url().endsWith('/api/comments') && candidate.request().method() === 'POST'),
    page.getByRole('button', { name: 'Post comment' }).click(),
  ])
  expect(response.status()).toBe(201)
  return ((await response.json()) as { comment: { id: string; status: string } }).comment
}

describe('a reader on the site', () => {
  it('finds a story from the home page by search, reads it, and sees four related stories', async () => {
    const page = await browser.newPage()
    await page.goto('/')
    await page.getByRole('heading', { name: 'Latest' }).waitFor()
    await browser.expectAccessible(page, 'home')
    await screenshot(page, 'home')

    const word = story.title.split(/\s+/).find((candidate) => candidate.length > 5) ?? story.title
    await page.getByRole('searchbox', { name: 'Search' }).first().fill(word)
    await page.getByRole('searchbox', { name: 'Search' }).first().press('Enter')
    await page.waitForURL(/\/search\?q=/)
    await browser.expectAccessible(page, 'search results')
    await screenshot(page, 'search')

    await page.getByRole('link', { name: story.title }).first().click()
    await page.waitForURL(new RegExp(`/articles/${story.slug}$`))
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(story.title)
    expect(await page.locator('section.related li').count()).toBe(4)
    expect(await page.locator('figure.hero figcaption').count()).toBe(1)
    await browser.expectAccessible(page, 'article')
    await screenshot(page, 'article')
    await page.setViewportSize(PHONE)
    await screenshot(page, 'article-mobile')
  })

  it('posts a guest comment that waits for a moderator, then appears live and after a reload once approved in the admin', async () => {
    const reader = await browser.newPage()
    await reader.goto(`/articles/${story.slug}`)
    await reader.getByRole('button', { name: 'Click to comment' }).click()
    await browser.expectAccessible(reader, 'article with the comment form open')
    const body = `A guest's view from the browser ${Date.now()}`
    const comment = await postFromForm(reader, body, { name: 'Gwen Guest', email: `gwen-${Date.now()}@example.org` })
    expect(comment.status).toBe('pending')
    const mine = reader.locator(`#comment-${comment.id}`)
    await mine.waitFor()
    expect(await mine.getAttribute('class')).toContain('pending')
    expect(await reader.getByRole('status').first().textContent()).toMatch(/moderator|review/i)

    // Nobody else sees it yet. Another reader scrolls down to the comments, which go live there.
    const other = await browser.newPage()
    await other.goto(`/articles/${story.slug}`)
    expect(await other.getByText(body).count()).toBe(0)
    await other.locator('#comments').scrollIntoViewIfNeeded()
    await other.locator('#comments[data-live="open"]').waitFor()

    const moderator = await browser.newPage()
    await moderator.goto('/admin/login')
    await moderator.getByLabel('Email').fill('moderator@newsroom.test')
    await moderator.getByLabel('Password').fill(DEMO_PASSWORD)
    await moderator.getByRole('button', { name: 'Login' }).click()
    await moderator.waitForURL(/\/admin$/)
    await moderator.goto(`/admin/collections/comments/${comment.id}`)
    await moderator.getByRole('button', { name: 'Approve', exact: true }).click()

    // The open page gets it over Server-Sent Events, now approved.
    await expect.poll(async () => (await mine.getAttribute('class')) ?? '', { timeout: 15_000 }).not.toContain('pending')
    // Another reader's page holds the new thread behind a bar, so what they are reading stays put.
    await other.getByRole('button', { name: /^1 new comment: show$/ }).click({ timeout: 15_000 })
    await other.waitForSelector(`#comment-${comment.id}`)
    await other.reload()
    // Where the text is, by the comment that holds it: one comment, shown once.
    const holders = await other
      .getByText(body)
      .evaluateAll((nodes) => nodes.map((node) => node.closest('li.comment')?.id ?? node.outerHTML))
    expect(holders).toEqual([`comment-${comment.id}`])
  })

  it('wakes the comments block only when the reader nears it, and a press before then still counts', async () => {
    const page = await browser.newPage({ viewport: PHONE })
    const asked: string[] = []
    page.on('request', (sent) => asked.push(new URL(sent.url()).pathname))
    // Once live, the block asks for the shown page again (who is signed in, their own comments) and opens its stream.
    const personal = () => asked.filter((path) => path === `/api/articles/${story.id}/comments` || path.endsWith('/comments/live'))
    await page.goto(`/articles/${story.slug}`)
    await page.locator('#article-body[data-inline-feedback="ready"]').waitFor()
    // Read the top of the story: the block is server HTML, with no live stream and nothing asked for it.
    await page.mouse.wheel(0, 600)
    await page.waitForLoadState('networkidle')
    expect(personal()).toEqual([])
    expect(await page.locator('#comments[data-live]').count()).toBe(0)
    // Straight to "Click to comment" without scrolling (a keyboard shortcut, a screen reader): it opens the form.
    await page.locator('.click-to-comment').focus()
    await page.keyboard.press('Enter')
    await page.getByLabel('Your comment').waitFor()
    await page.locator('#comments[data-live="open"]').waitFor()
    expect(personal()).toEqual(expect.arrayContaining([`/api/articles/${story.id}/comments`, `/api/articles/${story.id}/comments/live`]))
    expect(asked).not.toContain('/api/readers/me')

    // Scrolled to, the block is live before the reader gets there.
    const scroller = await browser.newPage({ viewport: PHONE })
    await scroller.goto(`/articles/${story.slug}`)
    await scroller.locator('#related-heading').scrollIntoViewIfNeeded()
    await scroller.locator('#comments[data-live="open"]').waitFor()
    await scroller.getByRole('button', { name: 'Click to comment' }).click()
    await scroller.getByLabel('Your comment').waitFor()
  })

  it('subscribes with "Notify of" and receives the confirmation mail, whose link confirms in the browser', async () => {
    const page = await browser.newPage()
    await page.goto(`/articles/${story.slug}`)
    await page.getByRole('button', { name: 'Click to comment' }).click()
    const email = `nora-${Date.now()}@example.org`
    const since = Date.now()
    await postFromForm(page, 'Following this one closely.', { name: 'Nora Notify', email }, 'article')
    const mail = await waitForMail(email, /^Confirm: e-mail me about/, { dir: inject('mailDir'), timeoutMs: 45_000 })
    expect(mail.date?.getTime() ?? since).toBeGreaterThanOrEqual(since - 1000)
    const link = String(mail.html)
      .match(/href="([^"]+\/confirm\?token=[^"]+)"/)?.[1]
      ?.replace(/&amp;/g, '&')
    expect(link).toBeTruthy()
    await page.goto(link!)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Comment notifications')
    expect(await page.locator('main').textContent()).toMatch(/Confirmed/)
  })

  it('comments on a selected passage, and shows approved inline feedback marked in the article', async () => {
    const page = await browser.newPage()
    await page.goto(`/articles/${story.slug}`)
    // The island must have hydrated and marked the passages before a selection means anything to it.
    await page.locator('#article-body[data-inline-feedback="ready"]').waitFor()
    // Select a few words of the second paragraph, as a reader would with the mouse.
    const passage = await page.evaluate(() => {
      const block = document.querySelectorAll('#article-body [data-block]')[1] as HTMLElement
      const text = block.firstChild as Text
      const words = text.data.split(' ').slice(0, 6).join(' ')
      const range = document.createRange()
      range.setStart(text, 0)
      range.setEnd(text, words.length)
      const selection = window.getSelection()!
      selection.removeAllRanges()
      selection.addRange(range)
      return words
    })
    await page.getByRole('button', { name: 'Comment on this passage', exact: true }).click()
    expect(await page.locator('.form-quote blockquote').textContent()).toBe(passage.trim())
    const comment = await postFromForm(page, 'This passage needs a source.', {
      name: 'Ines Inline',
      email: `ines-${Date.now()}@example.org`,
    })

    const moderator = await loginAs('moderator')
    expect(
      (await request('/api/comments/moderate', { method: 'POST', token: moderator, json: { ids: [comment.id], action: 'approve' } }))
        .status,
    ).toBe(200)
    await page.reload()
    const mark = page.locator('mark.passage').first()
    await mark.waitFor()
    expect(passage).toContain((await mark.textContent())?.trim().split(' ')[0])
    // The comments block counts them once the reader reaches it.
    await page.locator('#comments').scrollIntoViewIfNeeded()
    expect(await page.locator('.inline-total').textContent()).toMatch(/\d+ Inline feedbacks?/)
    await mark.click()
    // The panel opens under the passage's paragraph, with focus in it; Escape returns to the passage.
    const panel = page.getByRole('complementary', { name: 'Comments on this passage' })
    await panel.getByText('This passage needs a source.').waitFor()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('passage-panel-heading')
    const [markBox, panelBox] = [await mark.boundingBox(), await panel.boundingBox()]
    expect(panelBox!.y - (markBox!.y + markBox!.height)).toBeLessThan(400)
    await browser.expectAccessible(page, 'article with inline feedback open')
    await screenshot(page, 'inline-feedback', { fullPage: false })
    await page.keyboard.press('Escape')
    expect(await panel.count()).toBe(0)
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MARK')
  })

  it('has accessible section, tag, author and 404 pages', async () => {
    const page = await browser.newPage()
    const article = await request<{ section: { slug: string }; tags: { slug: string }[]; authors: { slug: string }[] }>(
      `/api/articles/${story.id}?depth=1`,
    )
    for (const [label, path] of [
      ['section', `/sections/${article.body.section.slug}`],
      ['tag', `/tags/${article.body.tags[0].slug}`],
      ['author', `/authors/${article.body.authors[0].slug}`],
    ] as const) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(200)
      await browser.expectAccessible(page, label)
      await screenshot(page, label)
    }
    const missing = await page.goto('/articles/no-such-story')
    expect(missing?.status()).toBe(404)
    await browser.expectAccessible(page, '404')
    await screenshot(page, 'not-found')

    // Without JavaScript the 404 is still a page: a heading, a search box and a way home.
    const noScript = await browser.newPage({ javaScript: false })
    expect((await noScript.goto('/sections/no-such-section'))?.status()).toBe(404)
    await expect.poll(() => noScript.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found')
    expect(await noScript.title()).toMatch(/^Page not found · /)
    await noScript.getByRole('searchbox', { name: 'Search the stories' }).fill('harbour')
    await noScript.getByRole('searchbox', { name: 'Search the stories' }).press('Enter')
    await noScript.waitForURL(/\/search\?q=harbour/)
    expect(await noScript.getByRole('heading', { level: 1 }).textContent()).toMatch(/harbour/i)
  })
})
