import { ACCOUNT_HOME } from './return-path'

/** The site's account pages (src/app/(site)/account). */
export const PAGES = {
  signIn: '/account/sign-in',
  signUp: '/account/sign-up',
  forgot: '/account/forgot',
  reset: '/account/reset',
  account: ACCOUNT_HOME,
  delete: '/account/delete',
} as const

/** Where the pages' forms post (src/accounts/endpoints, on the readers collection). */
export const action = (
  name:
    'sign-in' | 'sign-up' | 'email-link' | 'forgot' | 'reset' | 'sign-out' | 'profile' | 'preferences' | 'subscriptions/cancel' | 'delete',
) => `/api/readers/account/${name}`

/** A short-lived mark for the page a reader returns to after signing in, so the comments block can greet them. */
export const WELCOME_COOKIE = 'newsroom-welcome'
