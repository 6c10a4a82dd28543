import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loginAs, request } from '../http/helpers/client'
import { changeCommentSettings, NO_LIMIT, quietStory } from '../security/helpers/community'
import { DESKTOP, PHONE, screenshot, useBrowser } from './helpers/browser'
import { readerAccount, signInThroughForm, tabTo } from './helpers/reader'

/**
 * What a signed-in reader does to comments, in Chromium at 1280 and 390 px: reply (the form opens
 * under the comment), edit and delete their own, report someone else's with a reason; every
 * answer appears beside the comment it concerns. Also: a permalink to a comment on page 3 of
 * threads, the "N new comments" bar in "Oldest" order, and a passage comment by touch and by keyboard.
 */
const browser = useBrowser()

type Story = { id: string; slug: string }
type Posted = { comment: { id: string } }
let restore: () => Promise<void>
let story: Story

beforeAll(async () => {
  restore = await changeCommentSettings({ guestsAllowed: false, minSecondsToSubmit: 0, readerRateLimit: NO_LIMIT, ipRateLimit: NO_LIMIT })
  story = await quietStory()
})

afterAll(() => restore())

/** A comment approved at once: a member of staff writes it (the desk's staff comments are published as they are). */
async function staffComment(articleId: string, body: string, parent?: string): Promise<string> {
  const posted = await request<Posted>('/api/comments', {
    method: 'POST',
    token: await loginAs('moderator'),
    json: { article: articleId, body, ...(parent ? { parent } : {}) },
  })
  expect(posted.status, JSON.stringify(posted.body)).toBe(201)
  return posted.body.comment.id
}

const item = (page: Page, id: string) => page.locator(`#comment-${id}`)
const own = (page: Page, id: string) => page.locator(`#comment-${id} > article`)

describe('a signed-in reader in the comments block', () => {
  for (const viewport of [DESKTOP, PHONE]) {
    it(`replies under a comment, edits and deletes their own, and reports another with a reason (${viewport.width} px)`, async () => {
      const other = await staffComment(story.id, `A comment to answer at ${viewport.width} px.`)
      const reader = await readerAccount(`Rhea ${viewport.width}`)
      const page = await browser.newPage({ viewport })
      await signInThroughForm(page, reader, `/articles/${story.slug}#comments`)

      await own(page, other).getByRole('button', { name: 'Reply' }).click()
      const form = item(page, other).getByRole('form', { name: /^Reply to/ })
      await form.waitFor()
      const body = `My reply at ${viewport.width} px.`
      await form.getByLabel('Your comment').fill(body)
      await form.getByRole('button', { name: 'Post comment' }).click()
      await own(page, other)
        .getByRole('status')
        .filter({ hasText: /moderator|review|published/i })
        .waitFor()
      const reply = item(page, other).locator('.replies li.comment', { hasText: body })
      await reply.waitFor()
      const replyId = (await reply.getAttribute('id'))!.replace('comment-', '')
      await screenshot(page, `comment-reply-${viewport.width}`, { fullPage: false })

      await own(page, replyId).getByRole('button', { name: 'Edit' }).click()
      await own(page, replyId).getByRole('textbox', { name: 'Edit your comment' }).fill(`${body} (with a correction)`)
      await own(page, replyId).getByRole('button', { name: 'Save' }).click()
      await own(page, replyId).getByRole('status').filter({ hasText: 'Saved' }).waitFor()
      expect(await own(page, replyId).locator('.comment-body').textContent()).toContain('(with a correction)')

      await own(page, replyId).getByRole('button', { name: 'Delete' }).click()
      await own(page, replyId).getByRole('group', { name: 'Delete your comment' }).getByRole('button', { name: 'Delete' }).click()
      await own(page, replyId).getByRole('status').filter({ hasText: 'Your comment is deleted' }).waitFor()

      await own(page, other).getByRole('button', { name: 'Report' }).click()
      await own(page, other).getByLabel('Off-topic').check()
      await own(page, other)
        .getByLabel(/Anything a moderator should know/)
        .fill('About another story.')
      await browser.expectAccessible(page, `report form (${viewport.width})`)
      await own(page, other).getByRole('button', { name: 'Send report' }).click()
      await own(page, other).getByRole('status').filter({ hasText: 'Thank you' }).waitFor()
      expect(await own(page, other).getByRole('button', { name: 'Report' }).count()).toBe(0)
      const reports = await request<{ docs: { reason: string; text: string }[] }>(
        `/api/comment-reports?where[comment][equals]=${other}&depth=0`,
        { token: await loginAs('moderator') },
      )
      expect(reports.body.docs).toEqual([expect.objectContaining({ reason: 'off-topic', text: 'About another story.' })])
    })
  }

  it('lands on a comment on page 3 of threads from its permalink, marked and focused', async () => {
    const restorePages = await changeCommentSettings({ pageSize: 2 })
    try {
      const target = await quietStory()
      const ids: string[] = []
      for (let index = 0; index < 6; index++) ids.push(await staffComment(target.id, `Thread number ${index + 1} on this story.`))
      // Newest first, two a page: the first two written are on page 3.
      const page = await browser.newPage({ viewport: PHONE })
      const response = await page.goto(`/articles/${target.slug}?comment=${ids[0]}#comment-${ids[0]}`)
      expect(response?.status()).toBe(200)
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li')?.id)).toBe(`comment-${ids[0]}`)
      expect(await item(page, ids[0]).getAttribute('class')).toContain('highlighted')
      expect(await page.locator('.comment-list > li.comment').count()).toBe(2)
      const box = await own(page, ids[0]).boundingBox()
      expect(box!.y).toBeGreaterThanOrEqual(0)
      expect(box!.y).toBeLessThan(PHONE.height)
      await screenshot(page, 'comment-permalink-page-3', { fullPage: false })
      // Without JavaScript the same address shows the same page (the server chose it).
      const html = await (await fetch(new URL(`/articles/${target.slug}?comment=${ids[0]}`, page.url()))).text()
      expect(html).toContain(`id="comment-${ids[0]}"`)
      expect(html).not.toContain(`id="comment-${ids[5]}"`)
    } finally {
      await restorePages()
    }
  })

  it('holds live arrivals behind an "N new comments" bar that keeps the Oldest order', async () => {
    const target = await quietStory()
    const first = await staffComment(target.id, 'The oldest thread here.')
    const page = await browser.newPage({ viewport: DESKTOP })
    await page.goto(`/articles/${target.slug}`)
    await page.getByLabel('Sort by').selectOption('oldest')
    await item(page, first).waitFor()
    await page.locator('#comments[data-live="open"]').waitFor()
    const later = await staffComment(target.id, 'A thread that arrives while the page is open.')
    const bar = page.getByRole('button', { name: '1 new comment: show' })
    await bar.waitFor({ timeout: 15_000 })
    expect(await item(page, later).count()).toBe(0)
    await bar.click()
    const order = await page.locator('.comment-list > li.comment').evaluateAll((items) => items.map((li) => li.id))
    expect(order.at(-1)).toBe(`comment-${later}`)
    expect(order.indexOf(`comment-${first}`)).toBeLessThan(order.indexOf(`comment-${later}`))
  })

  it('comments on a passage by touch, and on a paragraph from the keyboard alone', async () => {
    const target = await quietStory()
    const reader = await readerAccount('Tomas Touch')
    const phone = await browser.newPage({ viewport: PHONE, touch: true })
    await signInThroughForm(phone, reader, `/articles/${target.slug}`)
    await phone.locator('#article-body[data-inline-feedback="ready"]').waitFor()
    const words = await phone.evaluate(() => {
      const block = document.querySelectorAll('#article-body [data-block]')[0] as HTMLElement
      const text = [...block.childNodes].find((node): node is Text => node.nodeType === Node.TEXT_NODE && !!node.textContent?.trim())!
      const picked = text.data.split(' ').slice(0, 4).join(' ')
      const range = document.createRange()
      range.setStart(text, 0)
      range.setEnd(text, picked.length)
      window.getSelection()!.removeAllRanges()
      window.getSelection()!.addRange(range)
      return picked.trim()
    })
    await phone.getByRole('button', { name: 'Comment on this passage' }).tap()
    expect(await phone.locator('.form-quote blockquote').textContent()).toBe(words)
    await screenshot(phone, 'passage-comment-touch', { fullPage: false })

    const keyboard = await browser.newPage({ viewport: DESKTOP })
    await signInThroughForm(keyboard, reader, `/articles/${target.slug}`)
    await keyboard.locator('#article-body[data-inline-feedback="ready"]').waitFor()
    await tabTo(keyboard, /^Comment on paragraph 2$/)
    await keyboard.keyboard.press('Enter')
    const quoted = await keyboard.locator('.form-quote blockquote').textContent()
    expect((await keyboard.locator('#article-body [data-block]').nth(1).textContent())?.replace(/\s+/g, ' ')).toContain(
      quoted!.slice(0, 40),
    )
    expect(await keyboard.evaluate(() => document.activeElement?.id)).toBe('comment-body')
    await keyboard.keyboard.type('A point about this paragraph.')
    await tabTo(keyboard, /^Post comment$/)
    await keyboard.keyboard.press('Enter')
    await keyboard
      .getByRole('status')
      .filter({ hasText: /moderator|review|published/i })
      .first()
      .waitFor()
  })
})
