import { Island } from '../islands/Island'
import { RelativeTime } from '../islands/RelativeTime'

const format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })

/** A date and time as every page shows it: in UTC, so the server's render and the browser's agree. */
export function formatUtc(iso: string): string {
  return `${format.format(new Date(iso))} UTC`
}

/**
 * A machine-readable date with a fixed, server-rendered label (UTC, so every reader's cache copy
 * agrees). `relative`: on a page that runs script, the browser turns it into "2 hours ago" and keeps
 * it current; the exact time stays in the title.
 */
export function DateLine({ iso, prefix, relative = false }: { iso: string | null | undefined; prefix?: string; relative?: boolean }) {
  if (!iso) return null
  return (
    <span className="dateline">
      {prefix ? `${prefix} ` : null}
      {relative ? (
        <Island name="RelativeTime" component={RelativeTime} props={{ iso, label: formatUtc(iso) }} as="span" />
      ) : (
        <time dateTime={iso}>{formatUtc(iso)}</time>
      )}
    </span>
  )
}
