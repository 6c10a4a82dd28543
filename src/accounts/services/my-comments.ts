import type { PayloadRequest } from 'payload'

/** The reader's latest comments for the account page: status, start of the text, and the story it is on. */
export async function myComments(req: PayloadRequest, readerId: string | number, limit = 50) {
  const found = await req.payload.find({
    collection: 'comments',
    where: { author: { equals: readerId } },
    depth: 1,
    limit,
    sort: '-createdAt',
    overrideAccess: true,
    req,
    select: { article: true, body: true, status: true, createdAt: true },
    populate: { articles: { title: true, slug: true } },
  })
  return found.docs
}
