import type { CollectionConfig, Payload } from 'payload'

import { isAdmin } from '@/access/is-admin'
import { settings } from '@/lib/config/settings'

/** How many recent messages the demo keeps: enough to find a sign-up mail, never a mail archive. */
export const OUTBOX_SIZE = 50

/**
 * The demo's "Outgoing mail": the latest messages the service sent, so whoever tries the demo
 * without a mail server can still follow a confirmation link. Recorded in demo mode only (never
 * in production: src/email/adapter.ts), and readable by admins only, since a sign-in link is as
 * good as a password.
 */
export const OutgoingMail: CollectionConfig = {
  slug: 'outgoing-mail',
  labels: { singular: 'Outgoing mail', plural: 'Outgoing mail' },
  access: { read: isAdmin, create: () => false, update: () => false, delete: isAdmin },
  admin: {
    group: 'System',
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'to', 'createdAt'],
    description: `The last ${OUTBOX_SIZE} messages the demo sent (kept in demo mode only).`,
    hidden: !settings.demo,
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'to', type: 'text', required: true, admin: { readOnly: true } },
    { name: 'subject', type: 'text', required: true, admin: { readOnly: true } },
    { name: 'text', type: 'textarea', admin: { readOnly: true, rows: 16 } },
  ],
  timestamps: true,
}

/** Keeps a message in the outbox and drops the oldest past OUTBOX_SIZE. */
export async function keepInOutbox(payload: Payload, message: { to: string; subject: string; text: string }): Promise<void> {
  await payload.create({ collection: 'outgoing-mail', data: message, overrideAccess: true })
  const beyond = await payload.find({
    collection: 'outgoing-mail',
    sort: '-createdAt',
    limit: 1,
    page: OUTBOX_SIZE + 1,
    depth: 0,
    overrideAccess: true,
    select: { createdAt: true },
  })
  const oldestKept = beyond.docs[0]?.createdAt
  if (oldestKept)
    await payload.delete({ collection: 'outgoing-mail', where: { createdAt: { less_than_equal: oldestKept } }, overrideAccess: true })
}
