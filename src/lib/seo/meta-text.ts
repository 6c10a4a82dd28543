/** What search engines show of a title before cutting it; the SEO plugin's indicator uses the same. */
export const META_TITLE_MAX = 60

/** What search engines show of a description; the SEO plugin's indicator uses the same. */
export const META_DESCRIPTION_MAX = 150

const oneLine = (text: string) => text.trim().replace(/\s+/g, ' ')

/**
 * `text` within `max` characters: whole when it fits, else cut at the last word boundary in the
 * second half (or mid-word when there is none), trailing punctuation dropped, and an ellipsis.
 */
function shortenAtWord(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  const atWord = cut.lastIndexOf(' ')
  return `${(atWord > (max - 1) / 2 ? cut.slice(0, atWord) : cut.slice(0, max - 1)).replace(/[\s,;:.–-]+$/, '')}…`
}

/**
 * The generated meta title: "Headline · Site", kept within META_TITLE_MAX by shortening the headline,
 * never the site name. When the site name leaves too little room, the headline alone, cut where it must.
 */
export function metaTitle(headline: string, siteName: string, max = META_TITLE_MAX): string {
  const suffix = ` · ${siteName}`
  const title = oneLine(headline)
  if (max - suffix.length - 1 < 10) return title.length <= max ? title : `${title.slice(0, max - 1).trimEnd()}…`
  return `${shortenAtWord(title, max - suffix.length)}${suffix}`
}

/** The generated meta description: the dek, shortened at a word boundary to fit. */
export function metaDescription(dek: string, max = META_DESCRIPTION_MAX): string {
  return shortenAtWord(oneLine(dek), max)
}
