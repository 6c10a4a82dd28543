import type { ModerationContext, PhaseResult } from '../types'

const closed = (detail: string): PhaseResult => ({
  action: 'reject',
  reasons: [{ code: 'closed', detail }],
  publicMessage: 'Comments are closed on this article.',
})

/** Closed or disabled by an editor, or past its automatic closing time (an invalid time never closes). */
export function articleClosed(context: Pick<ModerationContext, 'article' | 'now'>): PhaseResult {
  const { commentsMode, autoCloseAt } = context.article
  if (commentsMode !== 'open') return closed(`comments are ${commentsMode} on this article`)
  if (!autoCloseAt || !(context.now.getTime() >= autoCloseAt.getTime())) return
  return closed(`comments closed automatically at ${autoCloseAt.toISOString()}`)
}
