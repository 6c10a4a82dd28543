import { describe, expect, it } from 'vitest'

import { request } from '../http/helpers/client'
import { horizontalOverflow, screenshot, useBrowser } from './helpers/browser'

/**
 * Every page type of the reader site fits the window from a small phone to a desktop: no sideways
 * scrolling at 320, 390, 768 or 1280 px (each page is loaded once and the window resized, as a
 * phone turned or a window dragged would).
 */
const browser = useBrowser()
const WIDTHS = [320, 390, 768, 1280]

describe('the reader site at every width', () => {
  it('never scrolls sideways, with long words and a 300-character search included', async () => {
    const lead = (
      await request<{ docs: { slug: string; section: { slug: string }; tags: { slug: string }[]; authors: { slug: string }[] }[] }>(
        '/api/articles?depth=1&limit=1&where[slug][equals]=container-ship-aground-halden-sound-channel-closed',
      )
    ).body.docs[0]
    const pages = [
      '/',
      `/articles/${lead.slug}`,
      `/sections/${lead.section.slug}`,
      `/tags/${lead.tags[0].slug}`,
      `/authors/${lead.authors[0].slug}`,
      '/search?q=harbour',
      `/search?q=${'harbourauthorityinspection'.repeat(12)}`,
      '/account/sign-in',
      '/no-such-page',
    ]
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const problems: string[] = []
    for (const path of pages) {
      await page.setViewportSize({ width: 1280, height: 900 })
      await page.goto(path)
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 })
        const overflow = await horizontalOverflow(page)
        if (overflow > 0) {
          problems.push(`${path} at ${width} px: ${overflow} px too wide`)
          await screenshot(page, `overflow-${width}${path.replace(/[^\w]+/g, '-').slice(0, 60)}`, { fullPage: false })
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('offers the sections in a bar on a desktop and in a menu on a phone, both without JavaScript', async () => {
    const desktop = await browser.newPage({ viewport: { width: 1280, height: 900 }, javaScript: false })
    await desktop.goto('/')
    const bar = desktop.getByRole('navigation', { name: 'Sections', exact: true })
    const first = bar.locator('.section-bar a').first()
    const name = (await first.textContent())!
    expect(await desktop.getByRole('button', { name: 'Sections' }).isVisible()).toBe(false)
    await first.click()
    await desktop.waitForURL(/\/sections\//)
    expect(await desktop.getByRole('heading', { level: 1 }).textContent()).toBe(name)

    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, javaScript: false })
    await phone.goto('/')
    expect(await phone.locator('.section-bar').isVisible()).toBe(false)
    await phone.locator('.section-menu summary').click()
    await screenshot(phone, 'sections-menu-390', { fullPage: false })
    await phone.locator('.section-menu a', { hasText: name }).click()
    await phone.waitForURL(/\/sections\//)
    expect(await phone.getByRole('heading', { level: 1 }).textContent()).toBe(name)
    // The footer names them too, with the ways to follow the site.
    const footer = phone.locator('footer.site-footer')
    expect(await footer.getByRole('link', { name }).count()).toBe(1)
    expect(await footer.getByRole('link', { name: 'Sitemap' }).count()).toBe(1)
  })

  it('reads in a light and a dark scheme, in its own fonts, without text jumping', async () => {
    const pages = {
      home: '/',
      article: '/articles/container-ship-aground-halden-sound-channel-closed',
      section: '/sections/politics',
      search: '/search?q=harbour',
      account: '/account/sign-in',
      'not-found': '/no-such-page',
    }
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const viewport of [
        { width: 390, height: 844 },
        { width: 1280, height: 900 },
      ]) {
        const page = await browser.newPage({ viewport })
        await page.emulateMedia({ colorScheme })
        // Layout shifts from the first paint on, as Chrome counts them for CLS.
        await page.addInitScript(() => {
          ;(window as unknown as { __shifts: number }).__shifts = 0
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
              if (!entry.hadRecentInput) (window as unknown as { __shifts: number }).__shifts += entry.value
            }
          }).observe({ type: 'layout-shift', buffered: true })
        })
        for (const [name, path] of Object.entries(pages)) {
          await page.goto(path)
          await page.evaluate(() => document.fonts.ready)
          const paper = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
          expect(paper, `${name} ${colorScheme}`).toBe(colorScheme === 'dark' ? 'rgb(20, 20, 20)' : 'rgb(255, 255, 255)')
          if (viewport.width === 390) await browser.expectAccessible(page, `${name} ${colorScheme}`)
          await screenshot(page, `${colorScheme}-${viewport.width}-${name}`, { fullPage: false })
          const shift = await page.evaluate(() => (window as unknown as { __shifts: number }).__shifts)
          expect(shift, `${name} ${colorScheme} ${viewport.width} px: layout shift`).toBeLessThan(0.05)
        }
        // The reading face came from our own origin (next/font, from the npm package), not a font service.
        const faces = await page.evaluate(() =>
          [...document.fonts].filter((face) => face.status === 'loaded').map((face) => `${face.family} ${face.style}`),
        )
        expect(
          faces.some((face) => /serifFace/.test(face)),
          faces.join(', '),
        ).toBe(true)
        const fontFiles = await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((entry) => entry.name)
            .filter((name) => name.endsWith('.woff2')),
        )
        expect(fontFiles.length).toBeGreaterThan(0)
        for (const file of fontFiles) expect(new URL(file).pathname).toMatch(/^\/_next\/static\/media\//)
      }
    }
  })

  it("lines the front page up: the header in the stories' column, full rows of stories, excerpts of three lines", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto('/')
    const problems: string[] = []
    for (const width of [390, 768, 1024, 1280, 1600]) {
      await page.setViewportSize({ width, height: 900 })
      await screenshot(page, `front-page-lines-${width}`)
      const found = await page.evaluate(() => {
        const box = (element: Element) => element.getBoundingClientRect()
        const main = document.querySelector('main')!
        const header = document.querySelector('.site-header')!
        const contentLeft = box(main).left + parseFloat(getComputedStyle(main).paddingLeft)
        // Every grid of stories: each row reaches the grid's right edge (no column left empty).
        const rows = [...document.querySelectorAll('.story-list')].flatMap((list) => {
          const name = list.closest('section')?.querySelector('h2')?.textContent ?? 'a list'
          const right = box(list).right
          const ends = new Map<number, number>()
          for (const item of list.children) {
            const { top, right: end } = box(item)
            ends.set(Math.round(top), Math.max(ends.get(Math.round(top)) ?? 0, end))
          }
          return [...ends.values()].filter((end) => right - end > 2).map((end) => `${name}: a row ends ${Math.round(right - end)} px short`)
        })
        const excerpts = [...document.querySelectorAll('.story-list .dek')].filter((dek) => {
          const lineHeight = parseFloat(getComputedStyle(dek).lineHeight)
          return Math.round(box(dek).height / lineHeight) > 3
        }).length
        return {
          nameOffset: Math.round(box(header.querySelector('.site-name')!).left - contentLeft),
          headerHeight: Math.round(box(header).height),
          rows,
          excerpts,
        }
      })
      if (found.nameOffset !== 0) problems.push(`${width} px: the site's name starts ${found.nameOffset} px from the stories`)
      if (width >= 1280 && found.headerHeight > 150) problems.push(`${width} px: the header is ${found.headerHeight} px tall`)
      problems.push(...found.rows.map((row) => `${width} px: ${row}`))
      if (found.excerpts > 0) problems.push(`${width} px: ${found.excerpts} excerpts longer than three lines`)
    }
    expect(problems).toEqual([])
  })

  it('shows "You may also like" as four cards across the page on a desktop, two by two on a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto('/articles/container-ship-aground-halden-sound-channel-closed')
    const cards = page.locator('.related li')
    expect(await cards.count()).toBe(4)
    for (const [width, rows, narrowest] of [
      [1280, 1, 220],
      [390, 2, 150],
    ] as const) {
      await page.setViewportSize({ width, height: 900 })
      await page.locator('.related').scrollIntoViewIfNeeded()
      await screenshot(page, `related-${width}`, { fullPage: false })
      const boxes = await cards.evaluateAll((items) => items.map((item) => item.getBoundingClientRect().toJSON() as DOMRect))
      expect(new Set(boxes.map((box) => Math.round(box.top))).size, `${width} px: rows`).toBe(rows)
      expect(Math.min(...boxes.map((box) => box.width)), `${width} px: the narrowest card`).toBeGreaterThanOrEqual(narrowest)
      const excerptLines = await page
        .locator('.related p')
        .evaluateAll((excerpts) =>
          excerpts.map((excerpt) => Math.round(excerpt.getBoundingClientRect().height / parseFloat(getComputedStyle(excerpt).lineHeight))),
        )
      expect(Math.max(...excerptLines), `${width} px: excerpt lines`).toBeLessThanOrEqual(3)
    }
  })

  it('prints a story without the site around it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto('/articles/container-ship-aground-halden-sound-channel-closed')
    // On screen the dates read as time since ("Published 3 hours ago"), the exact time in the title.
    const published = page.locator('.dates time').first()
    await expect.poll(() => published.textContent()).toMatch(/ago$|^just now$|^yesterday$/)
    expect(await published.getAttribute('title')).toMatch(/UTC$/)
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.site-header').isVisible()).toBe(false)
    expect(await page.locator('#comments').isVisible()).toBe(false)
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true)
  })
})
