import type { Page, Request } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@/seed/demo-logins'
import { loginAs, request } from '../http/helpers/client'
import { changeCommentSettings, NO_LIMIT } from '../security/helpers/community'
import { loginToAdmin } from './helpers/admin'
import { DESKTOP, PHONE, horizontalOverflow, screenshot, useBrowser } from './helpers/browser'

/**
 * A moderator's shift at the moderation desk (/admin/moderation), as they would work it: 100
 * comments of mixed kinds wait (held by a suspect word, by the link limit, sent back by a report,
 * from new commenters), and the moderator clears the queue with the keyboard alone. Every card must
 * show the article's title and the commenter's name, never an id. Then selection and a bulk verb,
 * the commenter drawer, and the desk on a phone.
 */
const { newPage, expectAccessible } = useBrowser()

const stamp = Date.now()
const SUSPECT = `dubious${stamp % 100_000}`
const KINDS = ['word', 'links', 'new', 'reported'] as const
const PER_KIND = 25
let restoreSettings: () => Promise<void>
let article: { id: string; title: string }
const ours = new Map<string, (typeof KINDS)[number]>()

async function readerLogin(email: string, password = DEMO_PASSWORD): Promise<string> {
  const login = await request<{ token: string }>('/api/readers/login', { method: 'POST', json: { email, password } })
  expect(login.status, JSON.stringify(login.body)).toBe(200)
  return login.body.token
}

async function newReader(index: number): Promise<string> {
  const reader = {
    email: `desk-walk-${stamp}-${index}@example.com`,
    password: 'desk-walk-password',
    displayName: `Walker ${index} ${stamp % 1000}`,
  }
  const created = await request<{ doc: { id: string } }>('/api/readers', { method: 'POST', json: reader })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const admin = await loginAs('admin')
  expect((await request(`/api/readers/${created.body.doc.id}`, { method: 'PATCH', json: { _verified: true }, token: admin })).status).toBe(
    200,
  )
  return readerLogin(reader.email, reader.password)
}

async function post(token: string, body: string): Promise<{ id: string; status: string }> {
  const posted = await request<{ comment: { id: string; status: string } }>('/api/comments', {
    method: 'POST',
    token,
    json: { article: article.id, body, formShownAt: Date.now() - 60_000 },
  })
  expect(posted.status, JSON.stringify(posted.body)).toBe(201)
  return posted.body.comment
}

beforeAll(async () => {
  restoreSettings = await changeCommentSettings({
    mode: 'pre-until-trusted',
    suspectWords: SUSPECT,
    maxLinks: 1,
    reportsToHold: 1,
    readerRateLimit: NO_LIMIT,
    ipRateLimit: NO_LIMIT,
  })
  article = (await request<{ docs: { id: string; title: string }[] }>('/api/articles?depth=0&limit=1&sort=-firstPublishedAt')).body.docs[0]

  const walkers = await Promise.all([0, 1, 2, 3, 4].map(newReader))
  const rita = await readerLogin('reader@newsroom.test')
  const reporter = await readerLogin('sam@readers.test')
  for (let i = 0; i < PER_KIND; i += 1) {
    const walker = walkers[i % walkers.length]
    const word = await post(walker, `I find this ${SUSPECT} at best, number ${i}.`)
    const links = await post(walker, `See https://example.com/a${i} and https://example.org/b${i} for more.`)
    const plain = await post(walker, `A first thought from a new reader, number ${i}.`)
    const trusted = await post(rita, `A published comment that someone reports, number ${i}.`)
    expect(trusted.status).toBe('approved')
    const reported = await request(`/api/comments/${trusted.id}/report`, {
      method: 'POST',
      token: reporter,
      json: { reason: 'off-topic', text: 'Not about this' },
    })
    expect(reported.status, JSON.stringify(reported.body)).toBe(201)
    for (const [id, kind] of [
      [word.id, 'word'],
      [links.id, 'links'],
      [plain.id, 'new'],
      [trusted.id, 'reported'],
    ] as const)
      ours.set(id, kind)
  }
}, 300_000)

afterAll(() => restoreSettings())

/** The key a moderator presses for a card, from what it says. */
function keyFor(text: string): 'a' | 'r' | 's' {
  if (text.includes(SUSPECT)) return 'r'
  if (/https:\/\/example\.(com|org)/.test(text)) return 's'
  return 'a'
}

async function focusedCard(page: Page) {
  return page.evaluate(() => {
    const card = document.activeElement?.closest<HTMLElement>('article.desk-card')
    return card ? { id: card.dataset.commentId ?? '', text: card.innerText } : null
  })
}

it('a moderator clears 100 waiting comments of mixed kinds with the keyboard alone', async () => {
  const page = await newPage({ viewport: DESKTOP })
  await loginToAdmin(page, 'moderator')
  const started = Date.now()
  await page.goto('/admin/moderation?queue=pending')
  await page.locator('article.desk-card').first().waitFor()
  const waiting = Number(
    await page
      .getByRole('tab', { name: /Pending/ })
      .locator('.desk__count')
      .textContent(),
  )
  expect(waiting).toBeGreaterThanOrEqual(KINDS.length * PER_KIND)
  expect(
    Number(
      await page
        .getByRole('tab', { name: /Held by a rule/ })
        .locator('.desk__count')
        .textContent(),
    ),
  ).toBeGreaterThanOrEqual(75)
  await screenshot(page, 'moderation-desk-1280')
  await expectAccessible(page, 'moderation desk', { include: '.desk' })

  const seenKinds = new Set<string>()
  let acted = 0
  for (;;) {
    const card = await focusedCard(page)
    if (!card) break
    // In context: the article's title and the commenter's name, never an id.
    expect(card.text).toContain(`on ${article.title}`.slice(0, 40))
    expect(card.text).not.toMatch(/Untitled|ID: [0-9a-f-]{8,}/)
    const kind = ours.get(card.id)
    if (kind) {
      seenKinds.add(kind)
      if (kind === 'word') expect(card.text).toContain('Contains a suspect word')
      if (kind === 'links') expect(card.text).toContain('Too many links')
      if (kind === 'reported') expect(card.text).toMatch(/Reported as off-topic by Sam Okafor/)
      if (kind === 'new') expect(card.text).toContain('A new commenter')
    }
    await page.keyboard.press(keyFor(card.text))
    await page.locator(`article[data-comment-id="${card.id}"]`).waitFor({ state: 'detached' })
    acted += 1
    if (acted >= waiting) break
    // The next card takes the focus (after a page of cards, the next page loads).
    await page.waitForFunction(() => !!document.activeElement?.closest('article.desk-card'), undefined, { timeout: 10_000 })
  }
  // The verbs go out behind the screen: done when the desk no longer says it is saving.
  await expect.poll(() => page.locator('.desk__said').textContent(), { timeout: 30_000 }).not.toBe('Saving…')
  const seconds = (Date.now() - started) / 1000
  console.log(
    `moderation desk: ${acted} comments cleared by keyboard in ${seconds.toFixed(1)} s, ${(seconds / acted).toFixed(2)} s per comment`,
  )
  await expect.poll(() => page.getByText('Nothing in “Pending”').isVisible()).toBe(true)
  expect(acted).toBe(waiting)
  expect([...seenKinds].sort()).toEqual([...KINDS].sort())

  // Each decision is what the key said, and is in the log with the moderator's name.
  const moderator = await loginAs('moderator')
  const statuses = await request<{ docs: { id: string; status: string }[] }>(
    `/api/comments?where[id][in]=${[...ours.keys()].join(',')}&limit=100&depth=0`,
    { token: moderator },
  )
  const expected = { word: 'rejected', links: 'spam', new: 'approved', reported: 'approved' }
  for (const doc of statuses.body.docs) expect(doc.status, ours.get(doc.id)).toBe(expected[ours.get(doc.id)!])
  const log = await request<{ totalDocs: number }>(`/api/moderation-events?where[comment][in]=${[...ours.keys()].join(',')}&limit=1`, {
    token: moderator,
  })
  expect(log.body.totalDocs).toBe(ours.size)
})

it('a moderator selects comments with x and rejects them together, and reads a commenter’s record in the drawer', async () => {
  const walker = await newReader(99)
  const ids = [
    await post(walker, `Selection one ${stamp}`),
    await post(walker, `Selection two ${stamp}`),
    await post(walker, `Selection three ${stamp}`),
  ].map((comment) => comment.id)
  const page = await newPage({ viewport: DESKTOP })
  await loginToAdmin(page, 'moderator')
  await page.goto('/admin/moderation?queue=pending')
  await expect.poll(async () => (await focusedCard(page))?.id).toBe(ids[2])
  // Newest first: three, two, one. Select three and two (x, j, x), then reject both with r.
  await page.keyboard.press('x')
  await page.keyboard.press('j')
  await expect.poll(async () => (await focusedCard(page))?.id).toBe(ids[1])
  await page.keyboard.press('x')
  await page.getByText('2 selected:').waitFor()
  await page.keyboard.press('r')
  await page.locator(`article[data-comment-id="${ids[1]}"]`).waitFor({ state: 'detached' })
  await page.locator(`article[data-comment-id="${ids[2]}"]`).waitFor({ state: 'detached' })
  await expect.poll(async () => (await focusedCard(page))?.id).toBe(ids[0])

  await page
    .locator(`article[data-comment-id="${ids[0]}"]`)
    .getByRole('button', { name: /^Walker 99/ })
    .click()
  const drawer = page.getByRole('dialog', { name: /Walker 99/ })
  await drawer.getByText('Moderation log').waitFor()
  await drawer.getByText(/Rejected “Selection two/).waitFor()
  expect(await drawer.getByText(/by Mo Moderator/).count()).toBe(2)
  await screenshot(page, 'moderation-desk-drawer-1280')
  await page.keyboard.press('Escape')
  await drawer.waitFor({ state: 'detached' })
  await page.keyboard.press('a')
  await page.locator(`article[data-comment-id="${ids[0]}"]`).waitFor({ state: 'detached' })
})

it('the desk works on a phone, and the navigation says how many comments wait', async () => {
  const walker = await newReader(98)
  await post(walker, `Waiting while the moderator is on a phone ${stamp}`)
  const page = await newPage({ viewport: PHONE })
  await loginToAdmin(page, 'moderator')
  await page.goto('/admin/moderation?queue=pending')
  await page.locator('article.desk-card').first().waitFor()
  expect(await horizontalOverflow(page)).toBe(0)
  await screenshot(page, 'moderation-desk-390')
  await page
    .locator('article.desk-card')
    .first()
    .getByRole('button', { name: /Approve/ })
    .click()
  await page.getByRole('status').filter({ hasText: 'Approved the comment.' }).waitFor()

  const desktop = await newPage({ viewport: DESKTOP })
  await loginToAdmin(desktop, 'moderator')
  await desktop
    .getByRole('link', { name: /Moderation desk/ })
    .first()
    .waitFor()
  const editor = await newPage({ viewport: DESKTOP })
  await loginToAdmin(editor, 'author')
  await editor.locator('nav').first().waitFor()
  expect(await editor.getByRole('link', { name: /Moderation desk/ }).count()).toBe(0)
  await editor.goto('/admin/moderation')
  await editor.getByText('Only moderators, editors and admins moderate comments.').waitFor()
})

it('a moderator replies as staff from the desk, and readers see the reply with a staff badge', async () => {
  const walker = await readerLogin(`desk-walk-${stamp}-0@example.com`, 'desk-walk-password')
  const question = await post(walker, `When does the ferry timetable change? ${stamp}`)
  const moderator = await loginAs('moderator')
  await request('/api/comments/moderate', { method: 'POST', token: moderator, json: { ids: [question.id], action: 'approve' } })

  const page = await newPage({ viewport: DESKTOP })
  await loginToAdmin(page, 'moderator')
  await page.goto(`/admin/moderation?queue=all&article=${article.id}`)
  const card = page.locator(`article[data-comment-id="${question.id}"]`)
  await card.getByText('Reply, reason, suspension, note').click()
  const answer = `From Monday, the 07:10 sailing moves to 07:25. ${stamp}`
  await card.getByLabel(/Reply as staff/).fill(answer)
  await card.getByRole('button', { name: 'Post reply' }).click()
  await page.locator('.desk__said').filter({ hasText: 'Your reply is published.' }).waitFor()

  const slug = (await request<{ slug: string }>(`/api/articles/${article.id}?depth=0`)).body.slug
  const site = await newPage({ viewport: PHONE })
  await site.goto(`/articles/${slug}`)
  const reply = site.getByRole('article', { name: 'Comment by Mo Moderator' }).filter({ hasText: answer })
  await reply.waitFor()
  expect(await reply.locator('.comment-author').textContent()).toBe('Mo Moderator')
  expect(await reply.locator('.staff-badge').textContent()).toBe('Staff · Moderator')
  expect(await reply.locator('.reply-to').textContent()).toContain('replying to Walker 0')
  await reply.scrollIntoViewIfNeeded()
  await screenshot(site, 'staff-reply-390')
})

it('a moderator blocks a guest by e-mail from the desk on a phone, and the guest’s next comment on the site is refused', async () => {
  const restore = await changeCommentSettings({ guestsAllowed: true, minSecondsToSubmit: 0 })
  const email = `gus-${stamp}@example.test`
  const moderator = await loginAs('moderator')
  try {
    const posted = await request<{ comment: { id: string } }>('/api/comments', {
      method: 'POST',
      json: {
        article: article.id,
        body: `A guest who goes too far ${stamp}`,
        guestName: 'Gus Guest',
        guestEmail: email,
        formShownAt: Date.now() - 60_000,
      },
    })
    expect(posted.status, JSON.stringify(posted.body)).toBe(201)

    const page = await newPage({ viewport: PHONE })
    await loginToAdmin(page, 'moderator')
    await page.goto(`/admin/moderation?queue=all&guestEmail=${encodeURIComponent(email)}`)
    const card = page.locator(`article[data-comment-id="${posted.body.comment.id}"]`)
    await card.getByText('Reply, reason, block, note').click()
    await card.getByLabel(/^Reason/).fill('Personal attacks on other readers')
    await card.locator('.desk-card__restrict select').selectOption('7d')
    await card.getByRole('button', { name: 'Block Gus Guest' }).click()
    await page.locator('.desk__said').filter({ hasText: 'Blocked the guest who wrote the comment.' }).waitFor()
    await page.reload()
    await card.locator('.desk-card__warning', { hasText: /blocked until \d{1,2} [A-Z][a-z]{2}/ }).waitFor()
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await screenshot(page, 'desk-guest-blocked-390')

    // The guest comes back to the story and is told, where they wrote, that their address is blocked.
    const slug = (await request<{ slug: string }>(`/api/articles/${article.id}?depth=0`)).body.slug
    const site = await newPage({ viewport: DESKTOP })
    await site.goto(`/articles/${slug}`)
    await site.getByRole('button', { name: 'Click to comment' }).click()
    await site.getByLabel('Your comment').fill('Let me say it again.')
    await site.getByLabel('Name', { exact: true }).fill('Gus Guest')
    await site.getByLabel(/^E-mail/).fill(email)
    const [response] = await Promise.all([
      site.waitForResponse((candidate) => candidate.url().endsWith('/api/comments') && candidate.request().method() === 'POST'),
      site.getByRole('button', { name: 'Post comment' }).click(),
    ])
    expect(response.status()).toBe(403)
    const told = site.getByText('Comments from this e-mail address or network are blocked for now.')
    await told.waitFor()
    await told.scrollIntoViewIfNeeded()
    await screenshot(site, 'guest-blocked-site', { fullPage: false })
  } finally {
    const blocks = await request<{ docs: { id: string }[] }>(
      `/api/blocked-guests?where[email][equals]=${encodeURIComponent(email)}&depth=0`,
      {
        token: moderator,
      },
    )
    for (const block of blocks.body.docs) await request(`/api/blocked-guests/${block.id}`, { method: 'DELETE', token: moderator })
    await restore()
  }
})

it('the desk’s counts follow a comment that arrives while it is open, without a reload', async () => {
  const page = await newPage({ viewport: DESKTOP })
  await loginToAdmin(page, 'moderator')
  await page.goto(`/admin/moderation?queue=pending&article=${article.id}`)
  const pending = page.getByRole('tab', { name: /Pending/ })
  await pending.waitFor()
  const count = async () => Number((await pending.innerText()).match(/\d+/)?.[0] ?? NaN)
  await expect.poll(count).not.toBeNaN()
  const before = await count()
  const newcomer = await newReader(900)
  const posted = await post(newcomer, `A first comment that arrives while the desk is open ${stamp}`)
  expect(posted.status).toBe('pending')
  const started = Date.now()
  // Pushed by the server: well inside the 15 s the desk would wait if it had to ask.
  await expect.poll(count, { timeout: 5000, interval: 100 }).toBe(before + 1)
  console.log(`desk: the new comment was counted ${Date.now() - started} ms after it was posted`)
})

it('the navigation’s badge and the dashboard follow new comments in every open tab, over one stream per browser', async () => {
  const dashboard = await newPage({ viewport: DESKTOP })
  // The live-count streams open in this browser now (a page that navigates ends its own).
  const streams = new Map<Request, Page>()
  dashboard.context().on('request', (sent) => {
    if (sent.url().includes('/api/comments/desk/live')) streams.set(sent, sent.frame().page())
  })
  dashboard.context().on('requestfailed', (ended) => streams.delete(ended))
  dashboard.context().on('requestfinished', (ended) => streams.delete(ended))
  await loginToAdmin(dashboard, 'moderator')
  await dashboard.goto('/admin')
  const articles = await dashboard.context().newPage()
  await articles.goto('/admin/collections/articles')

  const badge = (page: Page) => async () =>
    Number(
      (
        await page
          .getByRole('link', { name: /Moderation desk/ })
          .first()
          .innerText()
      ).match(/\d+/)?.[0] ?? 0,
    )
  const card = async () =>
    Number((await dashboard.getByRole('region', { name: 'Comments waiting' }).innerText()).match(/(\d+) pending/)?.[1])
  const before = await card()
  await expect.poll(badge(dashboard)).toBe(before)
  await expect.poll(badge(articles)).toBe(before)

  const newcomer = await newReader(901)
  expect((await post(newcomer, `A comment both tabs hear about ${stamp}`)).status).toBe('pending')
  const started = Date.now()
  await expect.poll(card, { timeout: 5000, interval: 100 }).toBe(before + 1)
  await expect.poll(badge(dashboard), { timeout: 5000, interval: 100 }).toBe(before + 1)
  await expect.poll(badge(articles), { timeout: 5000, interval: 100 }).toBe(before + 1)
  console.log(`admin badge: both tabs showed the new comment ${Date.now() - started} ms after it was posted`)
  // One tab holds the stream and tells the other (a browser has about six connections to a server).
  expect(streams.size).toBe(1)

  // The tab that held it closes: the other takes over and still hears.
  await dashboard.close()
  await expect.poll(() => [...streams.values()].filter((page) => !page.isClosed()), { timeout: 5000 }).toEqual([articles])
  await post(newcomer, `A comment the remaining tab hears about ${stamp}`)
  await expect.poll(badge(articles), { timeout: 5000, interval: 100 }).toBe(before + 2)
})
