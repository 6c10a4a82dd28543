import type { Metadata } from 'next'

import { AccountPage, NextField } from '@/accounts/components/AccountPage'
import { accountParams } from '@/accounts/components/page-params'
import { accountHref } from '@/accounts/domain/return-path'
import { action, PAGES } from '@/accounts/domain/routes'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata: Metadata = { title: 'Forgot your password?', robots: { index: false } }

/** Asks for the reset mail; its link opens the page where the new password is chosen. */
export default async function ForgotPage({ searchParams }: Props) {
  const { next, notice } = await accountParams(searchParams)
  return (
    <AccountPage title="Forgot your password?" notice={notice}>
      <p>Give the address you signed up with: we e-mail you a link to choose a new password.</p>
      <form className="account-form" method="post" action={action('forgot')}>
        <NextField next={next} />
        <label htmlFor="forgot-email">E-mail</label>
        <input id="forgot-email" name="email" type="email" autoComplete="email" required maxLength={254} />
        <button type="submit">Send me the link</button>
      </form>
      <p className="account-switch">
        <a href={accountHref(PAGES.signIn, { next })}>Back to sign in</a>
      </p>
    </AccountPage>
  )
}
