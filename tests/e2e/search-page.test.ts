import { describe, expect, it } from 'vitest'

import { request } from '../http/helpers/client'
import { PHONE, screenshot, useBrowser } from './helpers/browser'

/**
 * A reader searching as one would: words in the box, then the filters (section, order, dates),
 * each result a card with its picture; no match gives suggestions, not a blank. On a phone and
 * without JavaScript, since the form is a plain GET form.
 */
const browser = useBrowser()

type Hit = { id: string; title: string; firstPublishedAt: string; section: { slug: string; name: string } | null }

describe('the search page', () => {
  it('narrows by section and orders by date, with a picture on every result', async () => {
    const all = (await request<{ total: number; results: Hit[] }>('/api/search?q=port+halden&limit=50')).body
    const section = all.results.find((hit) => hit.section)!.section!
    // A section takes in its subsections' stories: what the API answers for the same filters.
    const inSection = (await request<{ results: Hit[] }>(`/api/search?q=port+halden&limit=50&sort=newest&section=${section.slug}`)).body
      .results

    const page = await browser.newPage({ viewport: PHONE, javaScript: false })
    await page.goto('/')
    await page.getByRole('searchbox', { name: 'Search' }).first().fill('port halden')
    await page.getByRole('searchbox', { name: 'Search' }).first().press('Enter')
    await page.waitForURL(/\/search\?q=port\+halden/)
    expect(await page.locator('.search-count').textContent()).toBe(`${all.total} stories match.`)

    await page.getByText('Filters and order').click()
    await page.getByRole('combobox', { name: 'Section' }).selectOption({ label: section.name })
    await page.getByRole('combobox', { name: 'Order' }).selectOption({ label: 'Newest first' })
    await page.getByRole('button', { name: 'Search', exact: true }).last().click()
    await page.waitForURL(/section=/)
    const titles = await page.locator('.search-result h2').allTextContents()
    expect(titles.length).toBeGreaterThan(1)
    expect(titles.length).toBeLessThan(all.results.length)
    expect(titles).toEqual(inSection.map((hit) => hit.title).slice(0, titles.length))
    const dates = inSection.map((hit) => hit.firstPublishedAt)
    expect(dates).toEqual([...dates].sort().reverse())
    // The filters stay open and set, so the reader sees what narrowed the list.
    expect(await page.getByRole('combobox', { name: 'Section' }).inputValue()).toBe(section.slug)
    expect(await page.locator('details.search-filters').getAttribute('open')).not.toBeNull()
    const images = page.locator('.search-result img')
    expect(await images.count()).toBe(titles.length)
    for (const image of await images.all()) {
      expect(await image.getAttribute('alt')).toBeTruthy()
      expect(Number(await image.getAttribute('width'))).toBeGreaterThan(0)
      expect(await image.getAttribute('srcset')).toMatch(/ 320w, .+ 720w/)
    }
    await screenshot(page, 'search-filtered-390', { fullPage: false })
  })

  it('answers no match with a way on, and a date range that excludes everything with a way back', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto('/search?q=zeppelinqwerty')
    expect(await page.locator('.search-count').textContent()).toBe('No stories match.')
    expect(await page.getByRole('heading', { name: 'Or browse a section' }).isVisible()).toBe(true)
    await page
      .getByRole('list')
      .filter({ has: page.getByRole('link', { name: 'Politics' }) })
      .last()
      .getByRole('link', { name: 'Politics' })
      .click()
    await page.waitForURL(/\/sections\/politics/)

    await page.goto('/search?q=harbour')
    await page.getByText('Filters and order').click()
    await page.getByLabel('Published until').fill('2001-01-01')
    await page.getByRole('button', { name: 'Search', exact: true }).last().click()
    await page.waitForURL(/to=2001-01-01/)
    expect(await page.locator('.search-count').textContent()).toBe('No stories match.')
    await page.getByRole('link', { name: 'search without the filters' }).click()
    await page.waitForURL(/\/search\?q=harbour$/)
    expect(Number((await page.locator('.search-count').textContent())!.split(' ')[0])).toBeGreaterThan(0)
    await browser.expectAccessible(page, 'search')
    await screenshot(page, 'search-1280', { fullPage: false })
  })
})
