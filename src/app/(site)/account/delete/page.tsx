import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { AccountPage } from '@/accounts/components/AccountPage'
import { accountParams } from '@/accounts/components/page-params'
import { accountHref } from '@/accounts/domain/return-path'
import { action, PAGES } from '@/accounts/domain/routes'
import { currentReader } from '@/site/reader'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata: Metadata = { title: 'Delete my account', robots: { index: false } }

/** Says what deleting does before it is done; the box must be ticked. */
export default async function DeleteAccountPage({ searchParams }: Props) {
  const { notice } = await accountParams(searchParams)
  const reader = await currentReader()
  if (!reader) redirect(accountHref(PAGES.signIn, { next: PAGES.delete }))
  return (
    <AccountPage title="Delete my account" notice={notice}>
      <p>Deleting your account cannot be undone. It:</p>
      <ul>
        <li>removes your name, e-mail address and password from {`our`} records;</li>
        <li>shows your comments as removed, and keeps no link from them to you;</li>
        <li>stops every e-mail about comments.</li>
      </ul>
      <p>
        You may want to <a href="/api/readers/me/export">download your data</a> first.
      </p>
      <form className="account-form" method="post" action={action('delete')}>
        <p className="checkbox">
          <input id="delete-confirm" name="confirm" type="checkbox" value="yes" required />
          <label htmlFor="delete-confirm">Yes, delete my account ({reader.email})</label>
        </p>
        <button type="submit" className="danger">
          Delete my account
        </button>
      </form>
      <p className="account-switch">
        <a href={PAGES.account}>Keep my account</a>
      </p>
    </AccountPage>
  )
}
