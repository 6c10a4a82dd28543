import { describe, expect, it } from 'vitest'

import { verifyReaderEmail } from '@/lib/email/verify-reader'
import { escapeHtml } from '@/lib/text/escape-html'

describe('the reader confirmation e-mail', () => {
  const mail = verifyReaderEmail({
    siteName: 'The <Ledger>',
    siteUrl: 'https://news.example',
    displayName: '<img src=x onerror=alert(1)>',
    token: 'abc&def',
  })

  it('links to the confirmation endpoint with the token encoded, and the story to return to', () => {
    expect(mail.text).toContain('https://news.example/api/readers/account/confirm?token=abc%26def')
    expect(mail.html).toContain('href="https://news.example/api/readers/account/confirm?token=abc%26def"')
    const returning = verifyReaderEmail({
      siteName: 'x',
      siteUrl: 'https://news.example',
      displayName: 'R',
      token: 't',
      next: '/articles/a#comments',
    })
    expect(returning.text).toContain('/api/readers/account/confirm?token=t&next=%2Farticles%2Fa%23comments')
  })

  it('never lets a display name or site name become markup', () => {
    expect(mail.html).not.toContain('<img')
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(mail.html).toContain('The &lt;Ledger&gt;')
    expect(mail.subject).toBe('Confirm your e-mail address for The <Ledger>')
  })

  it('escapes every character that matters in HTML text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;')
  })
})
