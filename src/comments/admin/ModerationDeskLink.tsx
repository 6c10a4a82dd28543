'use client'
import { useAuth } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { MODERATING_ROLES } from '@/access/is-moderator'
import type { User } from '@/payload-types'
import { followAllCounts } from './desk-counts'

/**
 * "Moderation desk" in the admin's navigation, with the number of comments waiting, updated as
 * comments arrive and are moderated (pushed by the server). Shown to the staff who moderate.
 */
export function ModerationDeskLink() {
  const { user } = useAuth<User>()
  const [pending, setPending] = useState<number | null>(null)
  const moderates = !!user?.role && MODERATING_ROLES.includes(user.role)

  useEffect(() => (moderates ? followAllCounts((counts) => setPending(counts.pending)) : undefined), [moderates])

  if (!moderates) return null
  return (
    <a className="nav__link" href="/admin/moderation" style={{ marginTop: 'var(--base)' }}>
      <span className="nav__link-label">
        Moderation desk
        {pending ? (
          <span
            aria-label={`${pending} waiting`}
            style={{
              marginLeft: '.5em',
              padding: '0 .45em',
              borderRadius: '1em',
              background: 'var(--theme-warning-500)',
              color: 'var(--theme-elevation-0)',
              fontSize: '.8em',
            }}
          >
            {pending}
          </span>
        ) : null}
      </span>
    </a>
  )
}
