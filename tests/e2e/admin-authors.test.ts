import { expect, it } from 'vitest'

import { waitForMail } from '../http/helpers/mail'
import { loginToAdmin, openAdminList } from './helpers/admin'
import { VIEWPORTS, screenshot, useBrowser } from './helpers/browser'

/**
 * An author writes in the admin but does not publish: they are shown neither "Publish" nor
 * "Schedule Publish" on their own draft (a schedule they could set used to fail silently when it
 * fired), while an editor opening the same draft has both. Ticking "Ready for review" mails the
 * editors, and the editor finds the draft on the dashboard.
 */
const { newPage } = useBrowser()

it.each(VIEWPORTS)(
  'an author writes a draft at $width px and is offered no publish or schedule control; an editor is',
  async (viewport) => {
    const page = await newPage({ viewport })
    await loginToAdmin(page, 'author')
    await page.goto('/admin/collections/articles/create')
    await page.waitForURL(/\/admin\/collections\/articles\/[0-9a-f-]{36}$/)
    const url = page.url()
    await page.locator('#field-title').fill(`An author's draft at ${viewport.width}px`)
    await expect.poll(() => page.locator('#field-slug').inputValue(), { timeout: 20_000 }).not.toBe('')
    expect(await page.locator('#action-save').count(), 'a publish button').toBe(0)
    expect(await page.locator('#action-save-popup').count(), 'the publish menu with "Schedule Publish"').toBe(0)
    expect(await page.getByRole('button', { name: /Publish/ }).count()).toBe(0)
    await screenshot(page, `admin-author-draft-${viewport.width}`)
    // Done: the author hands it to the editors, who are mailed.
    const title = `An author's draft at ${viewport.width}px`
    await page.getByLabel('Ready For Review').check()
    await waitForMail('editor@newsroom.test', new RegExp(`^Ready for review: ${title}$`), { timeoutMs: 30_000 })
    await page.goto('/admin') // leaving the draft releases Payload's lock on it

    const editor = await newPage({ viewport })
    await loginToAdmin(editor, 'editor')
    // The editor finds it on the dashboard, under "Ready for review", and opens it from there.
    await editor
      .getByRole('region', { name: 'Ready for review' })
      .getByRole('link', { name: `An author's draft at ${viewport.width}px` })
      .click()
    await editor.waitForURL((address) => address.pathname === new URL(url).pathname)
    await editor.locator('#field-title').waitFor()
    await editor.locator('#action-save').waitFor()
    expect(await editor.locator('#action-save').innerText()).toMatch(/Publish/)
    // The articles list says where it stands.
    await editor.goto('/admin') // releases the lock
    await openAdminList(editor, 'articles')
    const row = editor.locator('table tbody tr', { hasText: `An author's draft at ${viewport.width}px` })
    expect(await row.locator('td.cell-workflow').innerText()).toBe('Ready for review')
  },
)
