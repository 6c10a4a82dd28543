/** Adult silent reading of news prose runs at about 230 words a minute. */
export const WORDS_PER_MINUTE = 230

export function countWords(text: string): number {
  const words = text.trim().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)
  return words ? words.length : 0
}

/** Whole minutes, never less than one for an article that has any text at all. */
export function readingTimeMinutes(text: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  const words = countWords(text)
  return words === 0 ? 0 : Math.max(1, Math.round(words / wordsPerMinute))
}
