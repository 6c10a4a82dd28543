import type { PayloadRequest } from 'payload'

import { recountComment } from './counters'
import { readerAddress } from './subscriptions'
import { idOf } from '@/lib/relationships/id-of'

const PAGE = 100

/**
 * Everything stored about a reader that they may see: profile, comments (with status and what
 * they were told), votes and reports. Moderators' notes and address hashes stay out.
 */
export async function exportReaderData(req: PayloadRequest, readerId: string) {
  const reader = await req.payload.findByID({ collection: 'readers', id: readerId, depth: 0, overrideAccess: false, user: req.user, req })
  const comments = await req.payload.find({
    collection: 'comments',
    where: { author: { equals: readerId } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: {
      article: true,
      parent: true,
      body: true,
      status: true,
      notice: true,
      editedAt: true,
      createdAt: true,
      votesUp: true,
      votesDown: true,
    },
  })
  const votes = await req.payload.find({
    collection: 'comment-votes',
    where: { voter: { equals: `reader:${readerId}` } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const reports = await req.payload.find({
    collection: 'comment-reports',
    where: { reporter: { equals: readerId } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return {
    exportedAt: new Date().toISOString(),
    reader,
    comments: comments.docs,
    votes: votes.docs.map((vote) => ({ comment: idOf(vote.comment), value: vote.value, createdAt: vote.createdAt })),
    reports: reports.docs.map((report) => ({
      comment: idOf(report.comment),
      reason: report.reason,
      text: report.text,
      createdAt: report.createdAt,
    })),
  }
}

/**
 * Before a reader's account is deleted: their comments become "removed" (text and name gone, the
 * row kept so replies keep their thread), their votes and reports go, with counts redone, and
 * their "Notify of" subscriptions go.
 */
export async function forgetReader(req: PayloadRequest, readerId: string): Promise<void> {
  for (;;) {
    const batch = await req.payload.find({
      collection: 'comments',
      where: { author: { equals: readerId } },
      limit: PAGE,
      depth: 0,
      overrideAccess: true,
      req,
      select: { status: true },
    })
    for (const comment of batch.docs) {
      await req.payload.update({
        collection: 'comments',
        id: comment.id,
        data: { status: 'deleted', body: '', author: null, notice: null },
        overrideAccess: true,
        context: { systemWrite: true },
        req,
      })
    }
    if (!batch.hasNextPage) break
  }
  const votes = await req.payload.delete({
    collection: 'comment-votes',
    where: { voter: { equals: `reader:${readerId}` } },
    overrideAccess: true,
    req,
  })
  const reports = await req.payload.delete({
    collection: 'comment-reports',
    where: { reporter: { equals: readerId } },
    overrideAccess: true,
    req,
  })
  // "Notify of" hold the address: made while signed in, or as a guest with the same address.
  const email = await readerAddress(req.payload, readerId, req)
  await req.payload.delete({
    collection: 'comment-subscriptions',
    where: { or: [{ reader: { equals: readerId } }, ...(email ? [{ email: { equals: email } }] : [])] },
    overrideAccess: true,
    req,
  })
  const touched = new Set(
    [...votes.docs, ...reports.docs].map((doc) => idOf(doc.comment as string | { id: string })).filter((id): id is string => !!id),
  )
  for (const id of touched) await recountComment(req.payload, id, req)
}
