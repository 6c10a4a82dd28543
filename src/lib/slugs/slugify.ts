/** Longest slug we make; long headlines are cut at a word boundary so URLs stay readable. */
export const MAX_SLUG_LENGTH = 96

/** What a stored slug must look like: lowercase ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Turns any headline into a URL-safe slug: accents folded ("Café" → "cafe"), "&" spelled out,
 * everything else that is not a letter or digit becomes one hyphen.
 */
export function slugify(input: unknown): string {
  if (typeof input !== 'string') return ''
  const words = input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (words.length <= MAX_SLUG_LENGTH) return words
  const cut = words.slice(0, MAX_SLUG_LENGTH + 1)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '')
}
