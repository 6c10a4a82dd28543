import { escapeHtml } from '../text/escape-html'

/** "E-mail me a sign-in link": one link that signs the reader in, for those who would rather not type a password. */
export function signInLinkEmail(args: { siteName: string; link: string; minutes: number }): {
  subject: string
  html: string
  text: string
} {
  return {
    subject: `Your sign-in link for ${args.siteName}`,
    text: `Open this link to sign in to ${args.siteName} (it works once, within ${args.minutes} minutes):\n${args.link}\n\nIf you did not ask for it, ignore this message: nobody can sign in without it.`,
    html: `<p><a href="${escapeHtml(args.link)}">Sign in to ${escapeHtml(args.siteName)}</a></p><p>The link works once, within ${args.minutes} minutes.</p><p>If you did not ask for it, ignore this message: nobody can sign in without it.</p>`,
  }
}
