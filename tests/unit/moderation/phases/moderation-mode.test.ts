import { describe, expect, it } from 'vitest'

import { moderationMode } from '@/comments/domain/moderation/phases/moderation-mode'
import type { ModerationContext, ModerationMode } from '@/comments/domain/moderation/types'

const reader: ModerationContext['commenter'] = { kind: 'reader' }
const trusted: ModerationContext['commenter'] = { kind: 'reader', trustLevel: 'trusted' }
const guest: ModerationContext['commenter'] = { kind: 'guest' }
const run = (commenter: ModerationContext['commenter'], approved: number, mode: ModerationMode, articleMode?: ModerationMode | null) =>
  moderationMode({ commenter, record: { approved }, settings: { mode, articleMode, trustedAfterApproved: 3 } })

describe('moderationMode', () => {
  it("approves everything in 'post' mode, without a reason", () => {
    expect(run(reader, 0, 'post')).toEqual({ action: 'approve' })
  })

  it("holds everything in 'pre' mode, trusted readers included", () => {
    expect(run(trusted, 50, 'pre')).toEqual({
      action: 'hold',
      reasons: [{ code: 'pre-moderation', detail: 'the site pre-moderates every comment' }],
    })
  })

  it("in 'pre-until-trusted' mode holds a commenter with too few approved comments", () => {
    expect(run(reader, 2, 'pre-until-trusted')).toEqual({
      action: 'hold',
      reasons: [{ code: 'new-commenter', detail: '2 approved comments, 3 needed to skip review on the site' }],
    })
    expect(run(guest, 0, 'pre-until-trusted')).toMatchObject({ action: 'hold' })
    expect(run({ kind: 'reader', trustLevel: 'regular' }, 0, 'pre-until-trusted')).toMatchObject({ action: 'hold' })
  })

  it("in 'pre-until-trusted' mode approves once enough comments were approved, or a reader marked trusted", () => {
    expect(run(reader, 3, 'pre-until-trusted')).toEqual({
      action: 'approve',
      reasons: [{ code: 'trusted', detail: 'at least 3 approved comments' }],
    })
    expect(run(guest, 4, 'pre-until-trusted')).toMatchObject({ action: 'approve' })
    expect(run(trusted, 0, 'pre-until-trusted')).toEqual({
      action: 'approve',
      reasons: [{ code: 'trusted', detail: 'the reader is marked trusted' }],
    })
  })

  it('lets the article override the site, both ways', () => {
    expect(run(reader, 0, 'post', 'pre')).toEqual({
      action: 'hold',
      reasons: [{ code: 'pre-moderation', detail: 'this article pre-moderates every comment' }],
    })
    expect(run(reader, 0, 'pre', 'post')).toEqual({ action: 'approve' })
    expect(run(reader, 0, 'post', null)).toEqual({ action: 'approve' })
  })
})
