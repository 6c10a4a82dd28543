import { describe, expect, it } from 'vitest'

import { renderCommentHtml } from '@/comments/domain'

describe('renderCommentHtml', () => {
  it('escapes every markup character', () => {
    expect(renderCommentHtml(`<script>alert("x")</script> & 'quotes'`)).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;</p>',
    )
  })

  it('keeps line breaks and splits paragraphs on blank lines', () => {
    expect(renderCommentHtml('one\ntwo\r\n\r\nthree\n\n\n')).toBe('<p>one<br>two</p><p>three</p>')
  })

  it('links http(s) and www addresses with nofollow ugc, leaving sentence punctuation outside', () => {
    expect(renderCommentHtml('See https://example.org/a?b=1&c=2. Or www.example.com!')).toBe(
      '<p>See <a href="https://example.org/a?b=1&amp;c=2" rel="nofollow ugc noopener" target="_blank">https://example.org/a?b=1&amp;c=2</a>. ' +
        'Or <a href="https://www.example.com" rel="nofollow ugc noopener" target="_blank">www.example.com</a>!</p>',
    )
  })

  it('never makes a link out of a script scheme or an attribute break-out', () => {
    const html = renderCommentHtml('javascript:alert(1) https://x.org/"onmouseover="alert(1)')
    expect(html).not.toContain('href="javascript')
    expect(html).not.toMatch(/"onmouseover/)
  })

  it('renders a blank comment as nothing', () => {
    expect(renderCommentHtml('  \n\n ')).toBe('')
  })
})
