import { escapeHtml } from '../text/escape-html'

export function verifyReaderSubject(siteName: string): string {
  return `Confirm your e-mail address for ${siteName}`
}

/** The e-mail a new reader gets: plain words, one link, nothing that needs images or scripts. */
export function verifyReaderEmail(args: { siteName: string; siteUrl: string; displayName: string; token: string; next?: string }): {
  subject: string
  html: string
  text: string
} {
  // The link confirms, signs the reader in and returns them to `next` (src/accounts/endpoints).
  const query = new URLSearchParams({ token: args.token, ...(args.next ? { next: args.next } : {}) })
  const link = `${args.siteUrl}/api/readers/account/confirm?${query.toString()}`
  const name = escapeHtml(args.displayName || 'there')
  return {
    subject: verifyReaderSubject(args.siteName),
    text: `Hello ${args.displayName || 'there'},\n\nConfirm your e-mail address to comment on ${args.siteName}:\n${link}\n\nIf you did not sign up, ignore this message.`,
    html: `<p>Hello ${name},</p><p>Confirm your e-mail address to comment on ${escapeHtml(args.siteName)}:</p><p><a href="${escapeHtml(link)}">Confirm my address</a></p><p>If you did not sign up, ignore this message.</p>`,
  }
}
