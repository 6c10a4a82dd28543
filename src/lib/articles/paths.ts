/** The reader site's URL of an article. Redirect records and feeds use the same function. */
export function articlePath(slug: string): string {
  return `/articles/${slug}`
}

export function sectionPath(slug: string): string {
  return `/sections/${slug}`
}
