import type { PayloadRequest, Where } from 'payload'

type ReaderWithAddress = { id: string | number; email: string }

/** The "Notify of" subscriptions that are the reader's: made while signed in, or to their address as a guest. */
export const subscriptionsOf = (reader: ReaderWithAddress): Where => ({
  and: [
    { status: { not_equals: 'unsubscribed' } },
    { or: [{ reader: { equals: reader.id } }, { email: { equals: reader.email.toLowerCase() } }] },
  ],
})

/** Live subscriptions of the reader, newest first, with their article's title and slug. */
export async function mySubscriptions(req: PayloadRequest, reader: ReaderWithAddress) {
  const found = await req.payload.find({
    collection: 'comment-subscriptions',
    where: subscriptionsOf(reader),
    depth: 1,
    limit: 100,
    sort: '-createdAt',
    overrideAccess: true,
    req,
    select: { article: true, scope: true, status: true, createdAt: true },
    populate: { articles: { title: true, slug: true } },
  })
  return found.docs
}

/** Cancels one of the reader's subscriptions (`id`), or all of them (`id` = 'all'); someone else's is left alone. */
export async function cancelSubscriptions(req: PayloadRequest, reader: ReaderWithAddress, id: string): Promise<void> {
  const where: Where = id === 'all' ? subscriptionsOf(reader) : { and: [subscriptionsOf(reader), { id: { equals: id } }] }
  await req.payload.update({
    collection: 'comment-subscriptions',
    where,
    data: { status: 'unsubscribed', digestDueAt: null },
    overrideAccess: true,
    req,
  })
}
