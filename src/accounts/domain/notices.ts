/**
 * What an account page says after a form was sent: the handler redirects with `?notice=<code>`
 * (post, redirect, get), and the page looks the words up here. A code not listed shows nothing, so
 * a crafted address cannot put words on the page.
 */
export type Notice = { text: string; tone: 'ok' | 'problem' }

const ok = (text: string): Notice => ({ text, tone: 'ok' })
const problem = (text: string): Notice => ({ text, tone: 'problem' })

export const NOTICES = {
  'check-mail': ok('Almost there: we sent you an e-mail. Open its link to confirm your address; it signs you in and brings you back.'),
  'link-sent': ok('If an account uses that address, a sign-in link is on its way. It works once, within 15 minutes.'),
  'reset-sent': ok('If an account uses that address, a link to choose a new password is on its way.'),
  'signed-out': ok('You are signed out.'),
  'password-changed': ok('Your new password is saved: sign in with it.'),
  'profile-saved': ok('Your profile is saved.'),
  'preferences-saved': ok('Saved: the comment form will start from that choice.'),
  'subscription-cancelled': ok('Cancelled: no more e-mail about that conversation.'),
  'all-cancelled': ok('Done: we will send you no more e-mail about comments.'),
  'account-deleted': ok('Your account is deleted. Your comments now show as removed.'),
  'bad-login': problem('That e-mail address and password do not match an account. Check both, or reset your password.'),
  unverified: problem('Confirm your e-mail address first: open the link in the mail we sent when you signed up. We have sent it again.'),
  locked: problem('Too many wrong passwords: this account is locked for a few minutes. Try again later, or reset your password.'),
  'bad-link': problem('That link is incomplete, already used or expired. Ask for a new one below.'),
  taken: problem('An account already uses that e-mail address. Sign in, or reset your password.'),
  'bad-name': problem('Your display name must be 2 to 60 characters long.'),
  'bad-email': problem('Enter an e-mail address like name@example.com.'),
  'bad-password': problem('Choose a password of 8 to 200 characters.'),
  'bad-preference': problem('Choose one of the options offered.'),
  'confirm-delete': problem('Tick the box to confirm that you want your account deleted.'),
  'sign-in-first': problem('Sign in to see your account.'),
  'wrong-site': problem('That form was sent from another site, so we ignored it. Send it again from this page.'),
} satisfies Record<string, Notice>

export type NoticeCode = keyof typeof NOTICES

export function noticeFor(code: unknown): Notice | null {
  return typeof code === 'string' && Object.hasOwn(NOTICES, code) ? NOTICES[code as NoticeCode] : null
}
