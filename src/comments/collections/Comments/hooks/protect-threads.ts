import { APIError, type CollectionBeforeDeleteHook } from 'payload'

/**
 * A comment with replies is removed (its text cleared, its place kept), never deleted outright, or
 * its replies would hang from nothing. Its votes and reports go with it.
 */
export const protectThreads: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const replies = await req.payload.count({ collection: 'comments', where: { parent: { equals: id } }, overrideAccess: true, req })
  if (replies.totalDocs > 0) {
    throw new APIError(
      `This comment has ${replies.totalDocs} replies: remove it (DELETE /api/comments/${id}) instead, which keeps the thread.`,
      409,
      undefined,
      true,
    )
  }
  await req.payload.delete({ collection: 'comment-votes', where: { comment: { equals: id } }, overrideAccess: true, req })
  await req.payload.delete({ collection: 'comment-reports', where: { comment: { equals: id } }, overrideAccess: true, req })
}
