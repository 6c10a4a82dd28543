import type { Page } from 'playwright-core'
import { expect, inject } from 'vitest'

import { authors as demoAuthors, sections as demoSections } from '@/seed/content/demo-content'
import { screenshot } from './browser'

/**
 * Writing articles in Payload's admin as the newsroom does, for the browser tests of an editor's
 * and an author's work (editor-day.test.ts), and what an anonymous reader then gets of them.
 */
export const base = () => inject('baseUrl')
export const section = demoSections.find((candidate) => candidate.slug === 'politics') ?? demoSections[0]
export const author = demoAuthors[1]

export type PublicArticle = {
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
  corrections?: { text: string }[] | null
}

/** What an anonymous reader gets for the slug from the REST API (no cookies, no token). */
export async function publicArticle(slug: string): Promise<PublicArticle | null> {
  const response = await fetch(`${base()}/api/articles?where[slug][equals]=${encodeURIComponent(slug)}&depth=1`)
  expect(response.status).toBe(200)
  const body = (await response.json()) as { docs: PublicArticle[] }
  return body.docs[0] ?? null
}

/** Polls `probe` (every 500 ms) until it returns something truthy, or fails after `timeoutMs`. */
export async function eventually<T>(what: string, timeoutMs: number, probe: () => Promise<T | null | undefined | false>): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`${what}: not within ${Math.round(timeoutMs / 1000)} s`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

export const textOf = (node: unknown): string => {
  if (!node || typeof node !== 'object') return ''
  const { text, children, root } = node as { text?: string; children?: unknown[]; root?: unknown }
  return `${text ?? ''}${(children ?? []).map(textOf).join('')}${root ? textOf(root) : ''}`
}

export type Draft = { id: string; title: string; dek: string; bodyText: string; heroFilename: string }

/**
 * Opens "Create new" (autosave is on, so Payload makes the draft at once and moves to its URL) and
 * fills every field publishing needs, the way an editor does.
 */
export async function writeArticle(page: Page, title: string, label: string): Promise<Draft> {
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
export async function waitForAutosave(page: Page, draft: Draft): Promise<void> {
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
export function pickerText(date: Date): string {
  const month = date.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })
  const hours = date.getUTCHours()
  const minutes = String(date.getUTCMinutes()).padStart(2, '0')
  return `${month} ${date.getUTCDate()}, ${date.getUTCFullYear()} ${hours % 12 || 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`
}
