/** The kicker to print above a headline: none when it only repeats the Breaking badge beside it. */
export function kickerToShow(kicker: string | null | undefined, breaking: boolean | null | undefined): string | null {
  const text = kicker?.trim()
  if (!text) return null
  return breaking && /^breaking( news)?$/i.test(text) ? null : text
}
