import type { Payload } from 'payload'

import { ADMIN_DATE_FORMAT_OPTIONS } from '@/fields/date-format'
import type { User } from '@/payload-types'
import { type DeskArticle, type DeskJob, deskFor } from '../services/desk'
import { CommentsWaiting } from './CommentsWaiting'

const when = new Intl.DateTimeFormat('en-GB', ADMIN_DATE_FORMAT_OPTIONS)
const articleHref = (id: string) => `/admin/collections/articles/${id}`

function ArticleList({ title, items, empty, note }: { title: string; items: (DeskArticle | DeskJob)[]; empty: string; note?: string }) {
  return (
    <section className="staff-desk__card" aria-label={title}>
      <h3>
        {title} <span className="staff-desk__count">{items.length}</span>
      </h3>
      {note ? <p className="staff-desk__note">{note}</p> : null}
      {items.length === 0 ? (
        <p className="staff-desk__empty">{empty}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={`${item.id}-${item.when}`}>
              <a href={articleHref(item.id)}>{item.title}</a>
              {item.when ? <span className="staff-desk__when"> · {when.format(new Date(item.when))}</span> : null}
              {'error' in item && item.error ? <span className="staff-desk__error"> · {item.error}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/**
 * The top of the admin's dashboard: each member of staff's own work and the desk's, by role
 * (services/desk.ts). Links go to the article, or to the comment list already filtered.
 */
export async function StaffDashboard({ payload, user }: { payload: Payload; user?: User | null }) {
  const desk = await deskFor(payload, user)
  if (!desk) return null
  return (
    <div className="staff-desk">
      <style>{`.staff-desk{display:grid;grid-template-columns:repeat(auto-fill,minmax(18rem,1fr));gap:var(--base);margin-bottom:calc(var(--base)*2)}
.staff-desk__card{border:1px solid var(--theme-elevation-150);border-radius:4px;padding:var(--base)}
.staff-desk__card h3{margin:0 0 calc(var(--base)/2);font-size:1rem}.staff-desk__card :is(ul,ol){margin:0;padding-left:1.1rem}
.staff-desk__count{color:var(--theme-elevation-500);font-weight:400}.staff-desk__when,.staff-desk__empty,.staff-desk__note{color:var(--theme-elevation-600)}
.staff-desk__error{color:var(--theme-error-500)}`}</style>
      {desk.comments ? <CommentsWaiting pending={desk.comments.pending} reported={desk.comments.reported} /> : null}
      {desk.mostCommented ? (
        <section className="staff-desk__card" aria-label="Most commented today">
          <h3>
            Most commented today <span className="staff-desk__count">{desk.mostCommented.length}</span>
          </h3>
          <p className="staff-desk__note">Published comments in the last 24 hours. Each opens its comments on the moderation desk.</p>
          {desk.mostCommented.length === 0 ? (
            <p className="staff-desk__empty">No comments in the last 24 hours.</p>
          ) : (
            <ol>
              {desk.mostCommented.map((story) => (
                <li key={story.id}>
                  <a href={`/admin/moderation?queue=all&article=${story.id}`}>{story.title}</a>
                  <span className="staff-desk__when">
                    {' '}
                    · {story.comments} {story.comments === 1 ? 'comment' : 'comments'}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
      ) : null}
      {desk.failedSchedules && desk.failedSchedules.length > 0 ? (
        <ArticleList
          title="Scheduled publishing that failed"
          items={desk.failedSchedules}
          empty=""
          note="Open the article and publish or schedule it again."
        />
      ) : null}
      {desk.readyForReview ? <ArticleList title="Ready for review" items={desk.readyForReview} empty="Nothing waits for review." /> : null}
      {desk.scheduled ? <ArticleList title="Scheduled" items={desk.scheduled} empty="Nothing is scheduled." /> : null}
      {desk.myDrafts ? <ArticleList title="My drafts" items={desk.myDrafts} empty="No drafts of yours." /> : null}
      {desk.recentlyPublished ? (
        <ArticleList title="Recently published" items={desk.recentlyPublished} empty="Nothing published yet." />
      ) : null}
    </div>
  )
}
