import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { AccountPage } from '@/accounts/components/AccountPage'
import { Avatar } from '@/accounts/components/Avatar'
import { accountParams } from '@/accounts/components/page-params'
import { commentStatusLabel } from '@/accounts/domain/comment-status'
import { NOTIFY_CHOICES } from '@/accounts/domain/notify-choices'
import { accountHref } from '@/accounts/domain/return-path'
import { action, PAGES } from '@/accounts/domain/routes'
import { myComments } from '@/accounts/services/my-comments'
import { mySubscriptions } from '@/accounts/services/subscriptions'
import { articlePath } from '@/lib/articles/paths'
import type { Article } from '@/payload-types'
import { formatUtc } from '@/site/components/DateLine'
import { anonymousRequest } from '@/site/payload'
import { currentReader } from '@/site/reader'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata: Metadata = { title: 'Your account', robots: { index: false } }

const storyOf = (article: string | number | Article | null | undefined) =>
  article && typeof article === 'object' ? { title: article.title, path: articlePath(article.slug ?? '') } : null

/** `/account`: the reader's name and picture, their comments, their "Notify of" mail, their data, and the way out. */
export default async function AccountHome({ searchParams }: Props) {
  const { notice } = await accountParams(searchParams)
  const reader = await currentReader()
  if (!reader) redirect(accountHref(PAGES.signIn, { next: PAGES.account }))
  const req = await anonymousRequest()
  const [comments, subscriptions] = await Promise.all([myComments(req, reader.id), mySubscriptions(req, reader)])
  return (
    <AccountPage title="Your account" notice={notice}>
      <div className="account-who">
        <Avatar name={reader.displayName} size={64} />
        <p>
          Signed in as <strong>{reader.displayName}</strong> ({reader.email})
        </p>
        <form method="post" action={action('sign-out')}>
          <button type="submit">Sign out</button>
        </form>
      </div>

      <section className="account-section" aria-labelledby="profile-heading">
        <h2 id="profile-heading">Profile</h2>
        <form className="account-form" method="post" action={action('profile')}>
          <label htmlFor="profile-name">Display name</label>
          <input
            id="profile-name"
            name="displayName"
            defaultValue={reader.displayName}
            required
            minLength={2}
            maxLength={60}
            autoComplete="nickname"
          />
          <p className="hint">Shown with your comments. Your picture is drawn from it.</p>
          <button type="submit">Save</button>
        </form>
      </section>

      <section className="account-section" aria-labelledby="my-comments-heading">
        <h2 id="my-comments-heading">My comments</h2>
        {comments.length === 0 ? <p>You have not commented yet.</p> : null}
        <ol className="my-comments">
          {comments.map((comment) => {
            const story = storyOf(comment.article)
            return (
              <li key={comment.id}>
                <p className="my-comment-body">{(comment.body ?? '').slice(0, 200) || '(removed)'}</p>
                <p className="meta">
                  <span className={`comment-state ${comment.status ?? ''}`}>{commentStatusLabel(comment.status)}</span>
                  {' · '}
                  <time dateTime={comment.createdAt}>{formatUtc(comment.createdAt)}</time>
                  {story ? (
                    <>
                      {' · on '}
                      <a href={`${story.path}#comment-${comment.id}`}>{story.title}</a>
                    </>
                  ) : null}
                </p>
              </li>
            )
          })}
        </ol>
      </section>

      <section className="account-section" aria-labelledby="notify-heading">
        <h2 id="notify-heading">E-mail about comments</h2>
        <form className="account-form" method="post" action={action('preferences')}>
          <label htmlFor="notify-default">When I comment, notify me of</label>
          <select id="notify-default" name="notifyDefault" defaultValue={reader.notifyDefault ?? 'none'}>
            {NOTIFY_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
          <p className="hint">What the comment form’s “Notify of” starts at. You can change it on each comment.</p>
          <button type="submit">Save</button>
        </form>
        {subscriptions.length === 0 ? (
          <p>You follow no conversations now. Choose “Notify of” under a comment form to follow one.</p>
        ) : (
          <>
            <ul className="my-subscriptions">
              {subscriptions.map((subscription) => {
                const story = storyOf(subscription.article)
                const what = subscription.scope === 'replies' ? 'Replies to my comments' : 'All new comments'
                return (
                  <li key={subscription.id}>
                    <span>
                      {what} on {story ? <a href={story.path}>{story.title}</a> : 'a story'}
                      {subscription.status === 'pending' ? ' (waiting for you to confirm it)' : ''}
                    </span>
                    <form method="post" action={action('subscriptions/cancel')}>
                      <input type="hidden" name="subscription" value={String(subscription.id)} />
                      <button type="submit" aria-label={`Cancel: ${what.toLowerCase()} on ${story?.title ?? 'a story'}`}>
                        Cancel
                      </button>
                    </form>
                  </li>
                )
              })}
            </ul>
            <form method="post" action={action('subscriptions/cancel')}>
              <input type="hidden" name="subscription" value="all" />
              <button type="submit">Stop all e-mail about comments</button>
            </form>
          </>
        )}
      </section>

      <section className="account-section" aria-labelledby="data-heading">
        <h2 id="data-heading">Your data</h2>
        <p>
          <a href="/api/readers/me/export" download>
            Download my data
          </a>{' '}
          (your account, comments, votes and reports, as a JSON file).
        </p>
        <p>
          <a href={PAGES.delete}>Delete my account</a>
        </p>
      </section>
    </AccountPage>
  )
}
