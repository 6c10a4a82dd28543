import { escapeHtml } from '../text/escape-html'

export function resetReaderPasswordSubject(siteName: string): string {
  return `Choose a new password for ${siteName}`
}

/**
 * The mail a reader gets from "forgot password": one link to a page of ours where they choose the
 * new password (Payload's default links to the admin's reset page, which is for staff).
 */
export function resetReaderPasswordEmail(args: { siteName: string; siteUrl: string; token: string }): { html: string; text: string } {
  const link = `${args.siteUrl}/account/reset?token=${encodeURIComponent(args.token)}`
  return {
    text: `Someone asked to reset the password of your ${args.siteName} account. Choose a new one here (the link works once, for an hour):\n${link}\n\nIf it was not you, ignore this message: your password stays as it is.`,
    html: `<p>Someone asked to reset the password of your ${escapeHtml(args.siteName)} account.</p><p><a href="${escapeHtml(link)}">Choose a new password</a> (the link works once, for an hour).</p><p>If it was not you, ignore this message: your password stays as it is.</p>`,
  }
}
