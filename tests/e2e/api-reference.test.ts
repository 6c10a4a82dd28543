import { expect, it } from 'vitest'

import { loginToAdmin } from './helpers/admin'
import { DESKTOP, VIEWPORTS, horizontalOverflow, screenshot, useBrowser } from './helpers/browser'

/**
 * A front-end developer on the newsroom's staff reads the API reference: logs in to the admin
 * through its form, follows "API reference" in its navigation, finds the vote operation in the contents and follows it to
 * what it takes and answers. On a phone too. Signed out, the page says where to log in.
 */
const { newPage } = useBrowser()

it.each(VIEWPORTS)('staff read the API reference at $width px', async (viewport) => {
  const page = await newPage({ viewport })
  await loginToAdmin(page, 'editor')
  // From the admin's navigation, as staff find it (the menu is closed on a phone and may be on a desktop).
  const link = page.getByRole('link', { name: 'API reference' })
  if (await link.evaluate((element) => element.closest('[inert]') !== null))
    await page.locator('button.nav-toggler:visible').first().click()
  await link.click()
  await page.waitForURL(/\/api\/docs$/)
  await page.getByRole('heading', { name: /Newsroom API/ }).waitFor()
  await page.getByRole('link', { name: /POST \/api\/comments\/\{id\}\/vote/ }).click()
  const section = page.locator('section.operation', { hasText: 'Vote on a comment' })
  await expect.poll(() => page.url()).toMatch(/#postCommentsIdVote$/)
  expect(await section.getByText('Who: a signed-in reader, or a guest with a voting token.').isVisible()).toBe(true)
  await section.getByText('Request body (JSON)').click()
  expect(await section.locator('pre').first().textContent()).toContain('"value"')
  const overflow = await horizontalOverflow(page)
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0)
  // The reference is very tall: the shot is the window, at the operation the developer followed.
  await screenshot(page, `api-reference-${viewport.width}`, { fullPage: false })
})

it('signed out, the reference says to log in to the admin', async () => {
  const page = await newPage({ viewport: DESKTOP })
  const response = await page.goto('/api/docs')
  expect(response?.status()).toBe(401)
  await page.getByText(/log in to the admin/).waitFor()
})
