import { describe, expect, it } from 'vitest'

import { messagePage, wantsHtml } from '@/lib/text/message-page'

describe('messagePage', () => {
  it('escapes everything it is given', () => {
    const html = messagePage({
      siteName: 'A & B',
      siteUrl: 'https://x.test',
      title: '<t>',
      message: '<script>alert(1)</script>',
      ok: false,
    })
    expect(html).not.toContain('<script>alert')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('A &amp; B')
    expect(html).toContain('class="bad"')
  })

  it('tells browsers following a link from API clients', () => {
    expect(wantsHtml('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8')).toBe(true)
    expect(wantsHtml('*/*')).toBe(false)
    expect(wantsHtml('application/json')).toBe(false)
    expect(wantsHtml(null)).toBe(false)
  })
})
