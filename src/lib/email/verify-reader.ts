import { escapeHtml } from '../text/escape-html'

export function verifyReaderSubject(siteName: string): string {
  return `Confirm your e-mail address for ${siteName}`
}

/** The e-mail a new reader gets: plain words, one link, nothing that needs images or scripts. */
export function verifyReaderEmail(args: { siteName: string; siteUrl: string; displayName: string; token: string }): {
  subject: string
  html: string
  text: string
} {
  const link = `${args.siteUrl}/api/readers/verify-email?token=${encodeURIComponent(args.token)}`
  const name = escapeHtml(args.displayName || 'there')
  return {
    subject: verifyReaderSubject(args.siteName),
    text: `Hello ${args.displayName || 'there'},\n\nConfirm your e-mail address to comment on ${args.siteName}:\n${link}\n\nIf you did not sign up, ignore this message.`,
    html: `<p>Hello ${name},</p><p>Confirm your e-mail address to comment on ${escapeHtml(args.siteName)}:</p><p><a href="${escapeHtml(link)}">Confirm my address</a></p><p>If you did not sign up, ignore this message.</p>`,
  }
}
