import { describe, expect, it } from 'vitest'

import { completeStreamedBoundaries } from '@/server/streamed-boundaries'

// The shapes React 19's server renderer writes (seen on the article page's comments block).
const runtime = '$RB=[];$RV=function(a){};$RC=function(a,b){}'
const shell = (inside: string) =>
  `<main><div class="island" data-props="{&quot;a&quot;:1}">${inside}</div><p>Related</p></main><footer>Site</footer>`

describe('completing streamed boundaries', () => {
  it('puts an out-of-line boundary in place, marked complete, and drops its script', () => {
    const html =
      shell('<!--$?--><template id="B:0"></template><!--/$-->') +
      '<div hidden id="S:0"><section id="comments"><div><p>One</p></div><p>Two $RC("B:9","S:9")</p></section></div>' +
      `<script nonce="n">${runtime};$RC("B:0","S:0")</script><script nonce="n">self.__next_f.push([1,"x"])</script>`
    expect(completeStreamedBoundaries(html)).toBe(
      shell('<!--$--><section id="comments"><div><p>One</p></div><p>Two $RC("B:9","S:9")</p></section><!--/$-->') +
        '<script nonce="n">self.__next_f.push([1,"x"])</script>',
    )
  })

  it('replaces a fallback, and fills a segment placeholder ($RS)', () => {
    const html =
      shell('<!--$?--><template id="B:0"></template><p>Loading…</p><!--/$-->') +
      '<div hidden id="S:1"><em>inner</em></div><div hidden id="S:0"><p>Outer <template id="P:1"></template></p></div>' +
      `<script>${runtime};$RS("S:1","P:1");$RC("B:0","S:0")</script>`
    expect(completeStreamedBoundaries(html)).toBe(shell('<!--$--><p>Outer <em>inner</em></p><!--/$-->'))
  })

  it('leaves a page without streamed boundaries as it is', () => {
    const html = shell('<!--$--><p>Inline</p><!--/$-->')
    expect(completeStreamedBoundaries(html)).toBe(html)
  })

  it('gives up (null) on a boundary the server could not render, or a shape it does not know', () => {
    const failed = `${shell('<!--$!--><template data-dgst="x"></template><!--/$-->')}<script>$RX("B:0")</script>`
    expect(completeStreamedBoundaries(failed)).toBeNull()
    const noSegment = `${shell('<!--$?--><template id="B:0"></template><!--/$-->')}<script>$RC("B:0","S:0")</script>`
    expect(completeStreamedBoundaries(noSegment)).toBeNull()
    const nestedFallback =
      shell('<!--$?--><template id="B:0"></template><!--$--><p>x</p><!--/$--><!--/$-->') +
      '<div hidden id="S:0"><p>y</p></div><script>$RC("B:0","S:0")</script>'
    expect(completeStreamedBoundaries(nestedFallback)).toBeNull()
  })
})
