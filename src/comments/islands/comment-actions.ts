'use client'
import type { PublicComment } from '../services/public'
import type { ReportReason } from '../domain/report-reasons'
import { callApi, guestToken } from '@/site/islands/api'

export type { ReportReason }

export type Outcome = { ok: boolean; message: string }

/**
 * The verbs on one comment, over the public REST API (the same client module as the rest of the
 * site). Each answers with words for the reader: the server's own message when it refused.
 */
export async function voteOn(comment: PublicComment, value: 1 | -1 | 0, signedIn: boolean) {
  if (!signedIn && !(await guestToken())) return { ok: false as const, message: 'Voting is not available right now.' }
  const result = await callApi<{ votes: PublicComment['votes']; myVote: number | null }>(`/api/comments/${comment.id}/vote`, {
    method: 'POST',
    json: { value },
  })
  if (!result.ok || !result.data) return { ok: false as const, message: result.message ?? 'Your vote did not count. Try again.' }
  return { ok: true as const, votes: result.data.votes, myVote: result.data.myVote }
}

export async function reportComment(comment: PublicComment, reason: ReportReason, text: string): Promise<Outcome> {
  const result = await callApi(`/api/comments/${comment.id}/report`, { method: 'POST', json: { reason, text: text.trim() || undefined } })
  return result.ok ? { ok: true, message: 'Thank you: a moderator will look at it.' } : { ok: false, message: result.message ?? '' }
}

export async function editComment(comment: PublicComment, body: string) {
  const result = await callApi<{ doc: { html?: string | null; body?: string | null; editedAt?: string | null; status?: string } }>(
    `/api/comments/${comment.id}`,
    { method: 'PATCH', json: { body } },
  )
  if (!result.ok || !result.data) return { ok: false as const, message: result.message ?? '' }
  const doc = result.data.doc
  const held = doc.status === 'pending'
  return {
    ok: true as const,
    message: held ? 'Saved: the change waits for a moderator.' : 'Saved.',
    change: {
      body: doc.body ?? body,
      html: doc.html ?? comment.html,
      editedAt: doc.editedAt ?? new Date().toISOString(),
      ...(held ? { status: 'pending' as const } : {}),
    },
  }
}

export async function removeComment(comment: PublicComment): Promise<Outcome> {
  const result = await callApi(`/api/comments/${comment.id}`, { method: 'DELETE' })
  return result.ok ? { ok: true, message: 'Your comment is deleted.' } : { ok: false, message: result.message ?? '' }
}
