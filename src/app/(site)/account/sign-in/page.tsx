import type { Metadata } from 'next'

import { AccountPage, NextField } from '@/accounts/components/AccountPage'
import { accountParams } from '@/accounts/components/page-params'
import { accountHref } from '@/accounts/domain/return-path'
import { action, PAGES } from '@/accounts/domain/routes'
import { currentReader } from '@/site/reader'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } }

/** Sign in with a password, or have a one-time link e-mailed; both return to where the reader was. */
export default async function SignInPage({ searchParams }: Props) {
  const { next, notice } = await accountParams(searchParams)
  const reader = await currentReader()
  return (
    <AccountPage title="Sign in" notice={notice}>
      {reader ? (
        <p className="account-already">
          You are signed in as {reader.displayName}. <a href={next}>Continue</a> or go to <a href={PAGES.account}>your account</a>.
        </p>
      ) : null}
      <form className="account-form" method="post" action={action('sign-in')}>
        <NextField next={next} />
        <label htmlFor="sign-in-email">E-mail</label>
        <input id="sign-in-email" name="email" type="email" autoComplete="email" required maxLength={254} />
        <label htmlFor="sign-in-password">Password</label>
        <input id="sign-in-password" name="password" type="password" autoComplete="current-password" required maxLength={200} />
        <button type="submit">Sign in</button>
        <p className="account-aside">
          <a href={accountHref(PAGES.forgot, { next })}>Forgot your password?</a>
        </p>
      </form>
      <section className="account-section" aria-labelledby="email-link-heading">
        <h2 id="email-link-heading">Or sign in without a password</h2>
        <form className="account-form" method="post" action={action('email-link')}>
          <NextField next={next} />
          <label htmlFor="email-link-email">Your e-mail address</label>
          <input id="email-link-email" name="email" type="email" autoComplete="email" required maxLength={254} />
          <button type="submit">E-mail me a sign-in link</button>
        </form>
      </section>
      <p className="account-switch">
        New here? <a href={accountHref(PAGES.signUp, { next })}>Create an account</a> to comment.
      </p>
    </AccountPage>
  )
}
