/**
 * React's server renderer sends a Suspense boundary whose content is large (over about 12.8 KB,
 * Fizz's `progressiveChunkSize`) out of line: a placeholder where it belongs
 * (`<!--$?--><template id="B:0"></template>…fallback…<!--/$-->`), then, at the end of the
 * document, the content in `<div hidden id="S:0">` and an inline script, `$RC("B:0","S:0")`, that
 * moves it into place. An article's comments block is such a boundary. A page sent without Next's
 * scripts (./script-free-pages.ts) would show the fallback and hide the comments, so the edge does
 * what that script does, on the HTML: the content goes in place of the fallback and the boundary is
 * marked complete (`<!--$-->`), exactly the markup React would have written inline, which the
 * islands then hydrate. `$RS("S:1","P:1")` (a segment into a `<template id="P:1">`) likewise.
 *
 * Anything else (a boundary the server gave up on, `$RX`; markup not in the expected shape) returns
 * null: the caller then keeps the page's scripts, and the page completes itself in the browser.
 */
export function completeStreamedBoundaries(html: string): string | null {
  let result = html
  for (let found = nextInstruction(result); found; found = nextInstruction(result)) {
    const { kind, target, segment, script } = found
    const open = `<div hidden id="${segment}">`
    const start = result.lastIndexOf(open, script.start)
    if (start < 0) return null
    // The segment ends where the next one starts, or at the script that places it.
    const next = result.indexOf('<div hidden id="S:', start + open.length)
    const end = next >= 0 && next < script.start ? next : script.start
    if (!result.startsWith('</div>', end - '</div>'.length)) return null
    const content = result.slice(start + open.length, end - '</div>'.length)
    // The script loses this instruction (and goes once it holds none), the segment leaves the end.
    const body = script.body.replace(found.call, '')
    const scriptLeft = INSTRUCTION.test(body) ? `${script.open}${body}</script>` : ''
    const rest = `${result.slice(0, start)}${result.slice(end, script.start)}${scriptLeft}${result.slice(script.end)}`
    const filled = kind === 'C' ? fillBoundary(rest, target, content) : fillPlaceholder(rest, target, content)
    if (filled === null) return null
    result = filled
  }
  // A boundary still pending or given up on (`$RX` makes it `<!--$!-->`): the page needs its scripts.
  return /<!--\$[?!]-->/.test(result) ? null : result
}

/** `$RC("B:0","S:0")` or `$RS("S:1","P:1")`; only ever read inside a <script>, never in the page's text. */
const INSTRUCTION = /\$R([CS])\("([A-Z]:\d+)","([A-Z]:\d+)"\)/

/** The first inline script that holds an instruction, and that instruction. */
function nextInstruction(html: string) {
  for (const match of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/g)) {
    const call = INSTRUCTION.exec(match[2])
    if (!call) continue
    const [text, kind, first, second] = call
    return {
      call: text,
      kind,
      // $RC(boundary, segment); $RS(segment, placeholder)
      target: kind === 'C' ? first : second,
      segment: kind === 'C' ? second : first,
      script: { start: match.index, end: match.index + match[0].length, open: match[1], body: match[2] },
    }
  }
  return null
}

/** `<!--$?--><template id="B:0"></template>fallback<!--/$-->` becomes `<!--$-->content<!--/$-->`. */
function fillBoundary(html: string, id: string, content: string): string | null {
  const placeholder = `<!--$?--><template id="${id}"></template>`
  const start = html.indexOf(placeholder)
  const end = html.indexOf('<!--/$-->', start)
  if (start < 0 || end < 0) return null
  // A fallback holding a boundary of its own would make the end marker ambiguous: leave it to React.
  if (/<!--\$/.test(html.slice(start + placeholder.length, end))) return null
  return `${html.slice(0, start)}<!--$-->${content}${html.slice(end)}`
}

/** `<template id="P:1"></template>` becomes the segment's content. */
function fillPlaceholder(html: string, id: string, content: string): string | null {
  const placeholder = `<template id="${id}"></template>`
  return html.includes(placeholder) ? html.replace(placeholder, () => content) : null
}
