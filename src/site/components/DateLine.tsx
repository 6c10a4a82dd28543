const format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })

/** A date and time as every page shows it: in UTC, so the server's render and the browser's agree. */
export function formatUtc(iso: string): string {
  return `${format.format(new Date(iso))} UTC`
}

/** A machine-readable date with a fixed, server-rendered label (UTC, so every reader's cache copy agrees). */
export function DateLine({ iso, prefix }: { iso: string | null | undefined; prefix?: string }) {
  if (!iso) return null
  return (
    <span className="dateline">
      {prefix ? `${prefix} ` : null}
      <time dateTime={iso}>{formatUtc(iso)}</time>
    </span>
  )
}
