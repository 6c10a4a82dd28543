/** What search engines show of a title before cutting it; the SEO plugin's indicator uses the same. */
export const META_TITLE_MAX = 60

/**
 * The generated meta title: "Headline · Site", kept within META_TITLE_MAX by shortening the headline
 * at a word boundary (with an ellipsis), never the site name. A headline that is one long word is
 * cut where it must be.
 */
export function metaTitle(headline: string, siteName: string, max = META_TITLE_MAX): string {
  const suffix = ` · ${siteName}`
  const title = headline.trim().replace(/\s+/g, ' ')
  if (title.length + suffix.length <= max) return `${title}${suffix}`
  const room = max - suffix.length - 1 // the ellipsis
  if (room < 10) return title.length <= max ? title : `${title.slice(0, max - 1).trimEnd()}…`
  const cut = title.slice(0, room + 1)
  const atWord = cut.lastIndexOf(' ')
  const shortened = (atWord > room / 2 ? cut.slice(0, atWord) : cut.slice(0, room)).replace(/[\s,;:.–-]+$/, '')
  return `${shortened}…${suffix}`
}

/** What search engines show of a description; the SEO plugin's indicator uses the same. */
export const META_DESCRIPTION_MAX = 150

/** The generated meta description: the dek, shortened at a word boundary (with an ellipsis) to fit. */
export function metaDescription(dek: string, max = META_DESCRIPTION_MAX): string {
  const text = dek.trim().replace(/\s+/g, ' ')
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  const atWord = cut.lastIndexOf(' ')
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut.slice(0, max - 1)).replace(/[\s,;:.–-]+$/, '')}…`
}
