import { expect, it } from 'vitest'

import { loginAs, request } from '../http/helpers/client'
import { loginToAdmin } from './helpers/admin'
import { DESKTOP, PHONE, horizontalOverflow, screenshot, useBrowser } from './helpers/browser'

/**
 * An editor brings back an earlier published headline: the story's Versions say who saved each
 * version, its headline then, and which is on the site; they open the older version, choose "Restore as draft", read what restoring does, and confirm. The site keeps
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
  const [admin, editor] = await Promise.all([loginAs('admin'), loginAs('editor')])
  const stamp = Date.now().toString(36)
  const [first, second] = [`Ferry fares frozen for the winter ${stamp}`, `Ferry fares frozen until March ${stamp}`]
  const [section, author, image] = await Promise.all([
    request<{ docs: { id: string }[] }>('/api/sections?limit=1&depth=0').then((found) => found.body.docs[0].id),
    request<{ docs: { id: string }[] }>('/api/authors?limit=1&depth=0').then((found) => found.body.docs[0].id),
    request<{ docs: { id: string }[] }>('/api/media?limit=1&depth=0').then((found) => found.body.docs[0].id),
  ])
  const created = await request<{ doc: { id: string; slug: string } }>('/api/articles', {
    method: 'POST',
    token: admin,
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
  const cells = (row: number) => rows.nth(row).locator('td').allInnerTexts()
  // Saved, By, Headline then, Status: newest first.
  expect((await cells(0)).slice(1)).toEqual(['Ezra Editor', second, 'On the site now'])
  expect((await cells(1)).slice(1)).toEqual(['Ada Admin', first, 'Published before'])
  expect(await page.getByText(/Untitled|ID:/).count()).toBe(0)
  await screenshot(page, 'admin-versions-list')
  await expectAccessible(page, 'admin: versions list', { include: '.article-versions' })
  // On a phone the list fits the screen (the table scrolls sideways inside it, as Payload's lists do).
  const phone = await newPage({ viewport: PHONE })
  await loginToAdmin(phone, 'editor')
  await phone.goto(`/admin/collections/articles/${id}/versions`)
  await phone.locator('.article-versions tbody tr').nth(1).waitFor()
  await screenshot(phone, 'admin-versions-list-390')
  expect(await horizontalOverflow(phone)).toBe(0)
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
  // The restore is a new draft, the editor's; the site still shows the version published before it.
  await page.goto(`/admin/collections/articles/${id}/versions`)
  await expect.poll(() => rows.count()).toBe(3)
  expect((await cells(0)).slice(1)).toEqual(['Ezra Editor', first, 'Latest draft (saved)'])
  expect((await cells(1)).slice(3)).toEqual(['On the site now'])
  await page.goto(`/admin/collections/articles/${id}`)
  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect.poll(() => publicTitle(slug), { timeout: 15_000 }).toBe(first)
  await screenshot(page, 'admin-restored-and-published')
})
