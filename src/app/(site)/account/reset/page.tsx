import type { Metadata } from 'next'

import { AccountPage } from '@/accounts/components/AccountPage'
import { accountParams } from '@/accounts/components/page-params'
import { action, PAGES } from '@/accounts/domain/routes'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

// The token is in this page's address: no link to another site may pass the address on, and no
// index keeps it. ("no-referrer" would also blank the form post's Origin, which the CSRF check needs.)
export const metadata: Metadata = { title: 'Choose a new password', robots: { index: false }, referrer: 'same-origin' }

/** The page the password-reset mail links to: the new password, posted with the link's token. */
export default async function ResetPasswordPage({ searchParams }: Props) {
  const { notice } = await accountParams(searchParams)
  const token = (await searchParams).token
  return (
    <AccountPage title="Choose a new password" notice={notice}>
      {typeof token === 'string' && token ? (
        <form className="account-form" method="post" action={action('reset')}>
          <input type="hidden" name="token" value={token} />
          <label htmlFor="reset-password">New password</label>
          <input
            id="reset-password"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={8}
            maxLength={200}
            aria-describedby="reset-password-hint"
          />
          <p id="reset-password-hint" className="hint">
            At least 8 characters. Every device signed in with the old password is signed out.
          </p>
          <button type="submit">Save the new password</button>
        </form>
      ) : (
        <p>
          This page needs the whole link from the e-mail. <a href={PAGES.forgot}>Ask for a new link</a>.
        </p>
      )}
    </AccountPage>
  )
}
