import { expect, it } from 'vitest'

import { VIEWPORTS, horizontalOverflow, screenshot, useBrowser } from './helpers/browser'

/**
 * A reader opens the festival story from the home page and finds its video as a placeholder that
 * names YouTube and says what loading it shares; nothing has been asked of YouTube. They load it
 * from the keyboard: the player (answered here by a stand-in, as these machines have no way out)
 * takes its place, the page's policy lets it in, and the focus moves into it.
 */
const { newPage, expectAccessible } = useBrowser()
const PLAYER = 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1'

it.each(VIEWPORTS)('a reader loads a story’s video only when they ask for it, at $width px', async (viewport) => {
  const page = await newPage({ viewport })
  const outside: string[] = []
  page.on('request', (request) => {
    if (!['127.0.0.1', 'localhost'].includes(new URL(request.url()).hostname)) outside.push(request.url())
  })
  await page.route('https://www.youtube-nocookie.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Player</title><p>The stand-in player</p>' }),
  )

  await page.goto('/')
  await page
    .getByRole('link', { name: /Harbour Lights festival announces its biggest line-up yet/ })
    .first()
    .click()
  await page.waitForURL(/\/articles\/harbour-lights-festival-record-line-up$/)
  const embed = page.locator('figure.embed[data-provider="YouTube"]')
  await embed.scrollIntoViewIfNeeded()
  expect(await embed.getByText('Big Buck Bunny, by the Blender Foundation').isVisible()).toBe(true)
  expect(await embed.getByText('Loading it connects to YouTube, which may set cookies.').isVisible()).toBe(true)
  expect(await embed.getByRole('link', { name: 'Open it on YouTube' }).getAttribute('href')).toBe(
    'https://www.youtube.com/watch?v=aqz-KE-bpKQ',
  )
  expect(await embed.locator('figcaption').innerText()).toMatch(/^The open-source short that opens the festival/)
  expect(await embed.locator('iframe').count()).toBe(0)
  expect(outside, 'nothing loaded from outside before the reader asked').toEqual([])
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
  await expectAccessible(page, `article with a video placeholder at ${viewport.width} px`)
  await screenshot(page, `embed-placeholder-${viewport.width}`, { fullPage: false })

  const load = embed.getByRole('button', { name: 'Load the YouTube video' })
  await load.focus()
  await page.keyboard.press('Enter')
  const player = embed.locator('iframe[title="Big Buck Bunny, by the Blender Foundation"]')
  await player.waitFor()
  expect(await player.getAttribute('src')).toBe(PLAYER)
  await page.frameLocator('figure.embed iframe').getByText('The stand-in player').waitFor()
  expect(outside).toEqual([PLAYER])
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME')
  const box = await embed.locator('.embed__box').boundingBox()
  expect(Math.round((box!.width / box!.height) * 9)).toBe(16)
  await screenshot(page, `embed-loaded-${viewport.width}`, { fullPage: false })
})
