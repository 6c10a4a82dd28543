import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { authors as demoAuthors, sections as demoSections } from '@/seed/content/demo-content'
import { loginToAdmin } from './helpers/admin'
import { screenshot, useBrowser } from './helpers/browser'

/**
 * The newsroom's main job in a real browser: the demo editor logs in to Payload's admin, writes an
 * article (title, dek, body in the Lexical editor, hero image from the media library, section,
 * byline), publishes it and finds it on the public API, the home page and the feed; then schedules a
 * second one through "Schedule publish" and watches the job worker make it public on time.
 * Axe runs on the admin screens for the record only (Payload's admin is not ours to fix).
 */
const { newPage, expectAccessible } = useBrowser()

const base = () => inject('baseUrl')
const run = Date.now().toString(36)
const section = demoSections.find((candidate) => candidate.slug === 'politics') ?? demoSections[0]
const author = demoAuthors[1]

type PublicArticle = {
  id: string
  title: string
  slug: string
  dek: string | null
  _status: string
  firstPublishedAt: string | null
  section: { name: string } | null
  authors: { name: string }[]
  hero: { image: { filename: string } | null }
  body: unknown
}

/** What an anonymous reader gets for the slug from the REST API (no cookies, no token). */
async function publicArticle(slug: string): Promise<PublicArticle | null> {
  const response = await fetch(`${base()}/api/articles?where[slug][equals]=${encodeURIComponent(slug)}&depth=1`)
  expect(response.status).toBe(200)
  const body = (await response.json()) as { docs: PublicArticle[] }
  return body.docs[0] ?? null
}

/** Polls `probe` (every 500 ms) until it returns something truthy, or fails after `timeoutMs`. */
async function eventually<T>(what: string, timeoutMs: number, probe: () => Promise<T | null | undefined | false>): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`${what}: not within ${Math.round(timeoutMs / 1000)} s`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

const textOf = (node: unknown): string => {
  if (!node || typeof node !== 'object') return ''
  const { text, children, root } = node as { text?: string; children?: unknown[]; root?: unknown }
  return `${text ?? ''}${(children ?? []).map(textOf).join('')}${root ? textOf(root) : ''}`
}

type Draft = { id: string; title: string; dek: string; bodyText: string; heroFilename: string }

/**
 * Opens "Create new" (autosave is on, so Payload makes the draft at once and moves to its URL) and
 * fills every field publishing needs, the way an editor does.
 */
async function writeArticle(page: Page, title: string, label: string): Promise<Draft> {
  await page.goto('/admin/collections/articles/create')
  await page.waitForURL(/\/admin\/collections\/articles\/[0-9a-f-]{36}$/)
  const id = new URL(page.url()).pathname.split('/').pop() as string

  const dek = `Standfirst for ${title}, typed into the dek field by the browser test.`
  const bodyText = `Body of ${title}: written in the Lexical editor, one keystroke at a time.`
  await page.locator('#field-title').fill(title)
  await page.locator('#field-dek').fill(dek)
  const body = page.locator('[data-field-path="body"] [contenteditable="true"]')
  await body.click()
  await page.keyboard.type(bodyText)
  await expect.poll(() => body.innerText()).toContain(bodyText)

  // Hero image: "Choose from existing" opens the media library in a drawer; take the first one.
  await page.locator('#field-hero__image').getByRole('button', { name: 'Choose from existing' }).click()
  const library = page.locator('dialog.list-drawer')
  const firstRow = library.locator('tbody tr').first()
  await firstRow.waitFor()
  const heroFilename = (await firstRow.locator('.file__filename').innerText()).trim()
  await firstRow.locator('td').first().getByRole('button').click()
  await library.waitFor({ state: 'detached' })
  await page.locator('#field-hero__image').getByRole('link', { name: heroFilename }).waitFor()

  await page.locator('#field-section').click()
  await page.locator('.rs__menu .rs__option', { hasText: new RegExp(`^${section.name}$`) }).click()
  await page.locator('#field-section').getByText(section.name, { exact: true }).waitFor()
  await page.locator('#field-authors').click()
  await page.locator('.rs__menu .rs__option', { hasText: new RegExp(`^${author.name}$`) }).click()
  await page.keyboard.press('Escape') // closes the author menu (a has-many select stays open)
  await page.locator('#field-authors').getByText(author.name, { exact: true }).waitFor()

  // The slug comes back from the server with the first autosave after the title.
  await expect.poll(() => page.locator('#field-slug').inputValue(), { timeout: 20_000 }).not.toBe('')
  await screenshot(page, `admin-${label}-filled`)
  return { id, title, dek, bodyText, heroFilename }
}

/** Waits until autosave has stored every field of the draft (what a scheduled publish will use). */
async function waitForAutosave(page: Page, draft: Draft): Promise<void> {
  let missing: string[] = []
  try {
    await eventually('autosave of the whole draft', 30_000, async () => {
      // Asked from the page, as the signed-in editor (Payload takes the cookie only from the browser).
      const { status, body } = await page.evaluate(async (url) => {
        const response = await fetch(url, { credentials: 'same-origin' })
        return { status: response.status, body: await response.text() }
      }, `/api/articles/${draft.id}?draft=true&depth=1`)
      if (status !== 200) {
        missing = [`the whole draft (GET answered ${status}: ${body.slice(0, 200)})`]
        return false
      }
      const doc = JSON.parse(body) as PublicArticle
      const checks: Record<string, boolean> = {
        title: doc.title === draft.title,
        dek: doc.dek === draft.dek,
        body: textOf(doc.body).includes(draft.bodyText),
        hero: doc.hero?.image?.filename === draft.heroFilename,
        section: doc.section?.name === section.name,
        authors: Boolean(doc.authors?.some((byline) => byline.name === author.name)),
      }
      missing = Object.keys(checks).filter((key) => !checks[key])
      return missing.length === 0
    })
  } catch (error) {
    throw new Error(`${(error as Error).message}; still missing: ${missing.join(', ')}`, { cause: error })
  }
}

/** A time as Payload's date-time picker shows and reads it ("MMM d, yyyy h:mm a"), in UTC (the browser context's zone). */
function pickerText(date: Date): string {
  const month = date.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })
  const hours = date.getUTCHours()
  const minutes = String(date.getUTCMinutes()).padStart(2, '0')
  return `${month} ${date.getUTCDate()}, ${date.getUTCFullYear()} ${hours % 12 || 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`
}

describe('the editor publishes from the admin', () => {
  let page: Page

  beforeAll(async () => {
    page = await newPage()
    await page.goto('/admin')
    await page.waitForURL(/\/admin\/login/)
    await page.getByLabel('Email').waitFor()
    await expectAccessible(page, 'admin: login', { enforce: false })
    await screenshot(page, 'admin-login')
    await loginToAdmin(page, 'editor')
    await page.getByRole('link', { name: 'Articles' }).first().waitFor()
    await expectAccessible(page, 'admin: dashboard', { enforce: false })
    await screenshot(page, 'admin-dashboard')
  })

  it('writes and publishes an article, which readers then see on the API, the home page and the feed', async () => {
    const draft = await writeArticle(page, `Harbour tram trial approved ${run}`, 'publish')
    const slug = await page.locator('#field-slug').inputValue()
    await expectAccessible(page, 'admin: article editor', { enforce: false })

    const published = page.waitForResponse(
      (response) =>
        response.request().method() === 'PATCH' &&
        response.url().includes(`/api/articles/${draft.id}?`) &&
        !response.url().includes('autosave=true'),
    )
    await page.locator('#action-save').click()
    expect((await published).status()).toBe(200)
    await page.getByText('Updated successfully.').first().waitFor()
    await screenshot(page, 'admin-publish-done')

    const article = await publicArticle(slug)
    expect(article).toMatchObject({ id: draft.id, title: draft.title, dek: draft.dek, _status: 'published' })
    expect(article?.section?.name).toBe(section.name)
    expect(article?.authors.map((byline) => byline.name)).toEqual([author.name])
    expect(article?.hero.image?.filename).toBe(draft.heroFilename)
    expect(textOf(article?.body)).toContain(draft.bodyText)

    // The home page, in the browser as a reader.
    const reader = await newPage()
    await eventually('the headline on the home page', 20_000, async () => {
      const response = await reader.goto('/')
      return response?.status() === 200 && (await reader.content()).includes(draft.title)
    })
    await screenshot(reader, 'site-home-after-publish')
    await expectAccessible(reader, 'site: home page')

    const feed = await fetch(`${base()}/feed.xml`)
    expect(feed.status).toBe(200)
    expect(await feed.text()).toContain(draft.title)
  })

  it('schedules an article through "Schedule publish", and the job worker makes it public after its time', async () => {
    const draft = await writeArticle(page, `Night ferry timetable returns ${run}`, 'schedule')
    const slug = await page.locator('#field-slug').inputValue()
    await waitForAutosave(page, draft)

    await page.locator('#action-save-popup .popup-button').click()
    await page.getByRole('button', { name: 'Schedule Publish' }).click()
    const drawer = page.locator('dialog.schedule-publish')
    await drawer.getByRole('heading', { name: /^Schedule publish for/ }).waitFor()
    await drawer.getByText('No upcoming events scheduled.').waitFor()

    // The picker takes minutes: the next whole minute at least 20 s ahead (time to type and save).
    const now = Date.now()
    let at = Math.ceil(now / 60_000) * 60_000
    if (at - now < 20_000) at += 60_000
    const when = new Date(at)
    const typed = pickerText(when)
    const input = drawer.locator('#time input')
    await input.fill(typed)
    expect(await input.inputValue()).toBe(typed)
    await drawer.getByRole('heading', { name: /^Schedule publish for/ }).click() // closes the calendar
    await expectAccessible(page, 'admin: schedule publish drawer', { enforce: false })
    await drawer.locator('#scheduled-publish-save').click()
    await page.getByText('Scheduled successfully.').first().waitFor()
    const upcoming = drawer.locator('.schedule-publish__upcoming tbody tr')
    await upcoming.first().waitFor()
    expect(await upcoming.count()).toBe(1)
    // The list writes times as the admin does everywhere (payload.config.ts dateFormat): "18:43".
    const clock = `${String(when.getUTCHours()).padStart(2, '0')}:${String(when.getUTCMinutes()).padStart(2, '0')}`
    expect(await upcoming.first().innerText()).toContain(clock)
    await screenshot(page, 'admin-scheduled')
    expect(Date.now()).toBeLessThan(at)
    expect(await publicArticle(slug)).toBeNull()

    await drawer.locator('.drawer-close-button').click()
    await drawer.waitFor({ state: 'detached' })

    const article = await eventually('the scheduled article public', at - Date.now() + 60_000, () => publicArticle(slug))
    expect(Date.now()).toBeGreaterThanOrEqual(at)
    expect(article).toMatchObject({ id: draft.id, title: draft.title, _status: 'published' })
    expect(new Date(article.firstPublishedAt ?? 0).getTime()).toBeGreaterThanOrEqual(at)
    expect(article.hero.image?.filename).toBe(draft.heroFilename)
    expect(textOf(article.body)).toContain(draft.bodyText)

    await page.reload()
    await page.locator('#field-title').waitFor()
    await screenshot(page, 'admin-scheduled-published')
  })
})
