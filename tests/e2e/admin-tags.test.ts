import { expect, it } from 'vitest'

import { loginAs, request } from '../http/helpers/client'
import { loginToAdmin } from './helpers/admin'
import { VIEWPORTS, screenshot, useBrowser } from './helpers/browser'

/**
 * A writer tags a story with a tag that does not exist yet, by typing it under the tags picker
 * and pressing Enter: the tag is made and added, and autosave keeps it. Typed again in another
 * case, the same tag is found, not made twice. As an author, at 1280 and 390 px.
 */
const { newPage, expectAccessible } = useBrowser()

it.each(VIEWPORTS)('an author makes a new tag by typing it, at $width px', async (viewport) => {
  const editor = await loginAs('editor')
  const stamp = `${Date.now().toString(36)}${viewport.width}`
  const tagName = `Night buses ${stamp}`
  const [section, author, image] = await Promise.all(
    ['sections', 'authors', 'media'].map(
      async (collection) => (await request<{ docs: { id: string }[] }>(`/api/${collection}?limit=1&depth=0`)).body.docs[0].id,
    ),
  )
  const page = await newPage({ viewport })
  await loginToAdmin(page, 'author')
  const draft = await page.evaluate(
    async ({ section, author, image, stamp }) => {
      const response = await fetch('/api/articles?draft=true', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ title: `Late buses to Eastbank ${stamp}`, section, authors: [author], hero: { image } }),
      })
      return ((await response.json()) as { doc: { id: string } }).doc
    },
    { section, author, image, stamp },
  )
  await page.goto(`/admin/collections/articles/${draft.id}`)
  const box = page.getByRole('textbox', { name: 'New tag' })
  await box.scrollIntoViewIfNeeded()
  await box.fill(tagName)
  await box.press('Enter')
  await page.getByText(`Tagged “${tagName}”.`).waitFor()
  const field = page.locator('#field-tags')
  await field.getByText(tagName).waitFor()
  await expectAccessible(page, `admin: tags by typing at ${viewport.width} px`, { enforce: false })
  await screenshot(page, `admin-tag-typed-${viewport.width}`, { fullPage: false })

  // The same name in another case finds the tag rather than making a second one.
  await box.fill(tagName.toUpperCase())
  await box.press('Enter')
  await page.getByText(`Tagged “${tagName}”.`).waitFor()
  const tags = await request<{ docs: { id: string; name: string }[] }>(`/api/tags?where[name][like]=${encodeURIComponent(stamp)}&depth=0`)
  expect(tags.body.docs.map((tag) => tag.name)).toEqual([tagName])

  // Autosave keeps it on the draft.
  await expect
    .poll(
      async () => (await request<{ tags: string[] }>(`/api/articles/${draft.id}?draft=true&depth=0`, { token: editor })).body.tags ?? [],
      { timeout: 20_000 },
    )
    .toEqual([tags.body.docs[0].id])
})
