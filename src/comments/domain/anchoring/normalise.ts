/**
 * Text as compared when matching passages. Editors retype quotes, dashes and spaces without changing
 * what a sentence says, so these are folded: typographic quotes become straight ones, a run of dashes
 * becomes "-", a run of whitespace becomes one space, "…" becomes "...", invisible characters go.
 * Case is kept: a changed capital is a (small) edit. Each compared character remembers the original
 * characters it came from, so a match found here is reported with offsets into the original text.
 */
export type MatchText = { text: string; starts: number[]; ends: number[] }

/** Soft hyphen, zero-width space/joiners, word joiner, byte-order mark. */
const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff])
const FOLDS = new Map<number, string>([
  [0x2018, "'"], // ‘
  [0x2019, "'"], // ’
  [0x201a, "'"], // ‚
  [0x201b, "'"], // ‛
  [0x2032, "'"], // ′
  [0x2039, "'"], // ‹
  [0x203a, "'"], // ›
  [0x201c, '"'], // “
  [0x201d, '"'], // ”
  [0x201e, '"'], // „
  [0x201f, '"'], // ‟
  [0x2033, '"'], // ″
  [0x00ab, '"'], // «
  [0x00bb, '"'], // »
  [0x2010, '-'], // hyphen
  [0x2011, '-'], // non-breaking hyphen
  [0x2012, '-'], // figure dash
  [0x2013, '-'], // en dash
  [0x2014, '-'], // em dash
  [0x2015, '-'], // horizontal bar
  [0x2212, '-'], // minus sign
  [0x2026, '...'], // …
])

/** What /\s/ matches (less the byte-order mark, which is invisible here), without a regex per character. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
}

export const isBlankChar = (ch: string): boolean => isSpace(ch.charCodeAt(0)) || INVISIBLE.has(ch.charCodeAt(0))

export function toMatchText(original: string): MatchText {
  const out: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  let last = ''
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i)
    if (code >= 0x80 && INVISIBLE.has(code)) continue
    const folded = isSpace(code) ? ' ' : code < 0x80 ? original[i]! : (FOLDS.get(code) ?? original[i]!)
    // A run of spaces or of dashes is one character that covers the whole run.
    if ((folded === ' ' || folded === '-') && folded === last) {
      ends[ends.length - 1] = i + 1
      continue
    }
    for (let j = 0; j < folded.length; j++) {
      out.push(folded[j]!)
      starts.push(i)
      ends.push(i + 1)
    }
    last = folded[folded.length - 1]!
  }
  return { text: out.join(''), starts, ends }
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff

/** True when `index` falls between the two halves of a surrogate pair (an emoji, say). */
export function splitsSurrogatePair(text: string, index: number): boolean {
  return index > 0 && index < text.length && isHigh(text.charCodeAt(index - 1)) && isLow(text.charCodeAt(index))
}

/** Original offsets of the compared range [start, end) (end > start), never splitting a character. */
export function toOriginalRange(match: MatchText, original: string, start: number, end: number): { start: number; end: number } {
  let from = match.starts[start]!
  let to = match.ends[end - 1]!
  if (splitsSurrogatePair(original, from)) from -= 1
  if (splitsSurrogatePair(original, to)) to += 1
  return { start: from, end: to }
}
