import { expect, it } from 'vitest'

import { loginAs, request } from '../http/helpers/client'
import { loginToAdmin } from './helpers/admin'
import { DESKTOP, screenshot, useBrowser } from './helpers/browser'

/**
 * An editor brings back an earlier published headline: from the story's Versions they open the
 * older version, choose "Restore as draft", read what restoring does, and confirm. The site keeps
 * the current story until they press "Publish changes"; then it shows the restored one.
 */
const { newPage, expectAccessible } = useBrowser()

async function publicTitle(slug: string): Promise<string | null> {
  const found = await request<{ docs: { title: string }[] }>(
    `/api/articles?where[slug][equals]=${slug}&depth=0&draft=false&probe=${Math.random()}`,
  )
  return found.body.docs[0]?.title ?? null
}

it('an editor restores an earlier published version as a draft, then publishes it', async () => {
  const editor = await loginAs('editor')
  const stamp = Date.now().toString(36)
  const [first, second] = [`Ferry fares frozen for the winter ${stamp}`, `Ferry fares frozen until March ${stamp}`]
  const [section, author, image] = await Promise.all([
    request<{ docs: { id: string }[] }>('/api/sections?limit=1&depth=0').then((found) => found.body.docs[0].id),
    request<{ docs: { id: string }[] }>('/api/authors?limit=1&depth=0').then((found) => found.body.docs[0].id),
    request<{ docs: { id: string }[] }>('/api/media?limit=1&depth=0').then((found) => found.body.docs[0].id),
  ])
  const created = await request<{ doc: { id: string; slug: string } }>('/api/articles', {
    method: 'POST',
    token: editor,
    json: { title: first, _status: 'published', section, authors: [author], hero: { image } },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const { id, slug } = created.body.doc
  expect(
    (await request(`/api/articles/${id}`, { method: 'PATCH', token: editor, json: { title: second, _status: 'published' } })).status,
  ).toBe(200)
  expect(await publicTitle(slug)).toBe(second)

  const page = await newPage({ viewport: DESKTOP })
  await loginToAdmin(page, 'editor')
  await page.goto(`/admin/collections/articles/${id}`)
  await page.getByRole('link', { name: 'Versions' }).click()
  await page.waitForURL(/\/versions$/)
  const rows = page.locator('tbody tr')
  await expect.poll(() => rows.count()).toBe(2)
  await rows.nth(1).getByRole('link').first().click()
  await page.waitForURL(/\/versions\/[0-9a-f-]+$/)
  await page.locator('.restore-version .popup-button').click()
  await page.getByRole('button', { name: 'Restore as draft' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByText(/“Restore as draft” \(from the arrow beside the button\) keeps the site as it is until you publish/).waitFor()
  await expectAccessible(page, 'admin: restore a version', { enforce: false })
  await screenshot(page, 'admin-restore-version')
  await dialog.getByRole('button', { name: 'Confirm' }).click()

  await page.waitForURL(new RegExp(`/admin/collections/articles/${id}$`))
  await expect.poll(() => page.locator('#field-title').inputValue()).toBe(first)
  expect(await publicTitle(slug)).toBe(second)
  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect.poll(() => publicTitle(slug), { timeout: 15_000 }).toBe(first)
  await screenshot(page, 'admin-restored-and-published')
})
