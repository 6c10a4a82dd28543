import type { ReactNode } from 'react'

import type { Notice } from '../domain/notices'

/**
 * The frame of every account page: the heading, and the notice the last form left (read out by
 * screen readers on arrival; a problem as an alert).
 */
export function AccountPage({ title, notice, children }: { title: string; notice: Notice | null; children: ReactNode }) {
  return (
    <div className="account-page">
      <h1>{title}</h1>
      {notice ? (
        <p className={`account-notice ${notice.tone}`} role={notice.tone === 'problem' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      ) : null}
      {children}
    </div>
  )
}

/** The hidden field that carries where the reader returns to after the form. */
export function NextField({ next }: { next: string }) {
  return <input type="hidden" name="next" value={next} />
}
