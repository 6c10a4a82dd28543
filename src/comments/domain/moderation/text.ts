/** Text checks for comment filters. */
import { foldText } from '@/lib/text/fold'

/** Lowercase, accents and compatibility forms folded ("Ｍérde" → "merde"), split into letter-and-digit runs. */
function foldedWords(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? []
}

/**
 * A link starts with a scheme or "www." that does not continue a word, an address or a path, so
 * "http://www.x.y" counts once, "e-mail@example.com" not at all, and links glued together with
 * commas still count one by one.
 */
const LINK_START = /(?<![\p{L}\p{N}_.@/-])(?:https?:\/\/|www\.)(?=[\p{L}\p{N}])/giu

/** How many http(s):// and www. links a comment holds. Bare domains ("example.com") are not counted. */
export function countLinks(body: string): number {
  return body.match(LINK_START)?.length ?? 0
}

/**
 * The first entry of `words` (in list order, as written there) found in `body` as a whole word or
 * phrase, ignoring case and accents; null when none is. Whole words only, so "darn" does not match
 * "darning"; a phrase matches across any spacing or punctuation ("go away" in "Go… away!").
 * Scripts written without spaces (Chinese, Japanese, Thai) only match when set apart by punctuation.
 */
export function containsWord(body: string, words: readonly string[]): string | null {
  // Padded with spaces so a plain substring search only ever matches whole words.
  const haystack = ` ${foldedWords(body).join(' ')} `
  for (const entry of words) {
    const needle = foldedWords(entry)
    if (needle.length > 0 && haystack.includes(` ${needle.join(' ')} `)) return entry
  }
  return null
}
