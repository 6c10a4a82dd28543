import type { AdminViewServerProps } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'

import { MODERATING_ROLES } from '@/access/is-moderator'
import { hasRole } from '@/access/roles'
import { ModerationDesk } from './ModerationDesk'
import { deskViewFromSearch } from './desk-view'

/**
 * `/admin/moderation`: the moderation desk inside the admin's own frame (navigation, account), so
 * moderators never leave the admin. The desk itself is a client component over the desk endpoints.
 */
export function ModerationDeskView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const allowed = hasRole(req.user, ...MODERATING_ROLES)
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        {allowed ? (
          <ModerationDesk initial={deskViewFromSearch(searchParams)} />
        ) : (
          <div>
            <h1>Moderation desk</h1>
            <p>Only moderators, editors and admins moderate comments.</p>
          </div>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
