/**
 * How the admin writes dates and times: as the site does (British, 24-hour: 6 Dec 2026, 14:05),
 * not Payload's US default. payload.config.ts sets it for lists and labels; date fields of ours
 * pass it to their picker.
 */
export const ADMIN_DATE_FORMAT = 'd MMM yyyy, HH:mm'

/** The same, for `Intl.DateTimeFormat` in our own admin components. */
export const ADMIN_DATE_FORMAT_OPTIONS: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
}
