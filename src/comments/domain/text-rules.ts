/** Whether a comment written at `createdAt` may still be edited at `now` (a window of 0 minutes forbids edits). */
export function withinEditWindow(createdAt: Date, now: Date, windowMinutes: number): boolean {
  if (!(windowMinutes > 0) || Number.isNaN(createdAt.getTime())) return false
  return now.getTime() - createdAt.getTime() <= windowMinutes * 60_000
}

/** Lines of a word-list textarea: trimmed, blanks and duplicates dropped. */
export function wordList(text: string | null | undefined): string[] {
  return [
    ...new Set(
      (text ?? '')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ]
}

/** A plausible e-mail address (one @, a dot after it, no spaces): what forms accept before the mail itself proves it. */
export const EMAIL_ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
