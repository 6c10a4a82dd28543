import type { Payload, PayloadRequest } from 'payload'

import type { StaffRole } from '@/access/roles'
import { settings } from '@/lib/config/settings'
import type { StaffNotice } from '../domain/housekeeping'

export const articleAdminUrl = (id: string) => `${settings.siteUrl}/admin/collections/articles/${id}`

/** The e-mail addresses of the staff in these roles, plus any named user ids (an article's writer). */
export async function staffAddresses(payload: Payload, roles: StaffRole[], alsoUsers: (string | null)[] = [], req?: PayloadRequest) {
  const extra = alsoUsers.filter((id): id is string => !!id)
  const found = await payload.find({
    collection: 'users',
    where: { or: [{ role: { in: roles } }, ...(extra.length ? [{ id: { in: extra } }] : [])] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { email: true },
    req,
  })
  return [...new Set(found.docs.map((user) => user.email))]
}

/** Queues the notice once per recipient. */
export async function queueStaffNotice(payload: Payload, to: string[], notice: StaffNotice, req?: PayloadRequest): Promise<void> {
  for (const address of to) await payload.jobs.queue({ task: 'sendStaffNotice', input: { to: address, ...notice }, req })
}
