import type { Metadata } from 'next'

import { AccountPage, NextField } from '@/accounts/components/AccountPage'
import { accountParams } from '@/accounts/components/page-params'
import { accountHref } from '@/accounts/domain/return-path'
import { action, PAGES } from '@/accounts/domain/routes'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata: Metadata = { title: 'Create an account', robots: { index: false } }

/** Sign-up: a name to show, an address to confirm, a password. The confirmation link signs the reader in. */
export default async function SignUpPage({ searchParams }: Props) {
  const { next, notice } = await accountParams(searchParams)
  return (
    <AccountPage title="Create an account" notice={notice}>
      <p>Comment on our stories, and choose which conversations we e-mail you about.</p>
      <form className="account-form" method="post" action={action('sign-up')}>
        <NextField next={next} />
        <label htmlFor="sign-up-name">Display name</label>
        <input
          id="sign-up-name"
          name="displayName"
          autoComplete="nickname"
          required
          minLength={2}
          maxLength={60}
          aria-describedby="sign-up-name-hint"
        />
        <p id="sign-up-name-hint" className="hint">
          Shown with your comments.
        </p>
        <label htmlFor="sign-up-email">E-mail</label>
        <input
          id="sign-up-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          aria-describedby="sign-up-email-hint"
        />
        <p id="sign-up-email-hint" className="hint">
          Never shown. We send a link to confirm it.
        </p>
        <label htmlFor="sign-up-password">Password</label>
        <input
          id="sign-up-password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={8}
          maxLength={200}
          aria-describedby="sign-up-password-hint"
        />
        <p id="sign-up-password-hint" className="hint">
          At least 8 characters.
        </p>
        <button type="submit">Create my account</button>
      </form>
      <p className="account-switch">
        Already have an account? <a href={accountHref(PAGES.signIn, { next })}>Sign in</a>
      </p>
    </AccountPage>
  )
}
