import { beforeAll, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@/seed/demo-logins'
import { request } from '../http/helpers/client'
import { loginToAdmin, openAdminList } from './helpers/admin'
import { DESKTOP, VIEWPORTS, screenshot, useBrowser } from './helpers/browser'

/**
 * A moderator's work on reported comments in the admin, as they would do it: the list sorted by
 * reports, the comment opened, "Approve" pressed. Approving answers the reports, so the comment
 * leaves the top of the list. Bulk "Edit" offers no text fields to write over many comments, and
 * dates read as the site writes them.
 */
const { newPage } = useBrowser()

let commentId: string
const marker = `Reported in the moderation walk ${Date.now()}`

async function readerToken(email: string): Promise<string> {
  const login = await request<{ token: string }>('/api/readers/login', { method: 'POST', json: { email, password: DEMO_PASSWORD } })
  expect(login.status, JSON.stringify(login.body)).toBe(200)
  return login.body.token
}

beforeAll(async () => {
  const article = (await request<{ docs: { id: string }[] }>('/api/articles?depth=0&limit=1&sort=-firstPublishedAt')).body.docs[0]
  const posted = await request<{ comment: { id: string } }>('/api/comments', {
    method: 'POST',
    token: await readerToken('reader@newsroom.test'),
    json: { article: article.id, body: marker, formShownAt: Date.now() - 60_000 },
  })
  expect(posted.status, JSON.stringify(posted.body)).toBe(201)
  commentId = posted.body.comment.id
  for (const [email, reason] of [
    ['sam@readers.test', 'abuse'],
    ['lena@readers.test', 'off-topic'],
  ] as const) {
    const reported = await request(`/api/comments/${commentId}/report`, {
      method: 'POST',
      token: await readerToken(email),
      json: { reason },
    })
    expect(reported.status, JSON.stringify(reported.body)).toBe(201)
  }
})

it('a moderator approves a reported comment, and it no longer counts as reported', async () => {
  const page = await newPage({ viewport: DESKTOP })
  await loginToAdmin(page, 'moderator')
  await page.goto('/admin/collections/comments?sort=-reportCount&limit=10')
  const row = page.locator('table tbody tr', { hasText: marker.slice(0, 60) })
  await row.waitFor()
  expect(await row.locator('td.cell-reportCount').textContent()).toBe('2')
  await page.waitForLoadState('networkidle') // the article and author names
  await screenshot(page, 'admin-moderation-reported-1280')

  await row.locator('a').first().click()
  await page.waitForURL(new RegExp(`/admin/collections/comments/${commentId}`))
  // The sidebar reloads the page after an action, so the form shows the new state.
  const reloaded = page.waitForEvent('load')
  await Promise.all([
    page.waitForResponse((response) => response.url().endsWith('/api/comments/moderate') && response.status() === 200),
    page.getByRole('button', { name: 'Approve', exact: true }).click(),
  ])
  await reloaded

  await page.goto('/admin/collections/comments?sort=-reportCount&limit=10')
  const after = page.locator('table tbody tr', { hasText: marker.slice(0, 60) })
  await after.waitFor()
  expect(await after.locator('td.cell-reportCount').textContent()).toBe('0')
  const reports = await request<{ docs: { dismissedAt: string | null }[] }>(
    `/api/comment-reports?where[comment][equals]=${commentId}&depth=0`,
    {
      token: (
        await request<{ token: string }>('/api/users/login', {
          method: 'POST',
          json: { email: 'moderator@newsroom.test', password: DEMO_PASSWORD },
        })
      ).body.token,
    },
  )
  expect(reports.body.docs.map((report) => Boolean(report.dismissedAt))).toEqual([true, true])
})

it.each(VIEWPORTS)('bulk Edit offers no comment text, and dates read as the site writes them, at $width px', async (viewport) => {
  const page = await newPage({ viewport })
  await loginToAdmin(page, 'moderator')
  await openAdminList(page, 'comments')
  const created = await page.locator('table tbody tr td.cell-createdAt').first().textContent()
  expect(created).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/)

  await page.locator('table tbody tr').nth(0).locator('input[type="checkbox"]').check()
  await page.locator('table tbody tr').nth(1).locator('input[type="checkbox"]').check()
  await page.getByRole('button', { name: 'Edit', exact: true }).click()
  const drawer = page.locator('.edit-many__main')
  await drawer.waitFor()
  await drawer.locator('.field-select .rs__control').click()
  const options = await page.locator('.rs__menu .rs__option').allTextContents()
  expect(options.length).toBeGreaterThan(0)
  expect(options).not.toContain('Body')
  expect(options).not.toContain('Html')
  expect(options).not.toContain('Guest Name')
  expect(options).toContain('Status')
  await screenshot(page, `admin-moderation-bulk-edit-${viewport.width}`)
})
