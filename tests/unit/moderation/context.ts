import { DEFAULT_MODERATION_SETTINGS } from '@/comments/domain/moderation/pipeline'
import type { ModerationContext, ModerationSettings } from '@/comments/domain/moderation/types'

export const NOW = new Date('2025-07-21T12:00:00Z')

/**
 * A comment every default rule lets through: a trusted reader, an open article, a form shown a
 * minute ago, in 'post' mode. Tests change only what they are about.
 */
export function context(
  overrides: Partial<Omit<ModerationContext, 'settings'>> = {},
  settings: Partial<ModerationSettings> = {},
): ModerationContext {
  return {
    now: NOW,
    body: 'A thoughtful comment about the council budget.',
    honeypot: '',
    formShownAt: new Date(NOW.getTime() - 60_000),
    commenter: { kind: 'reader', trustLevel: 'regular' },
    record: { approved: 10, recent: ['approved', 'approved', 'approved'] },
    article: { commentsMode: 'open', autoCloseAt: null },
    spamVerdict: 'ham',
    ...overrides,
    settings: { ...DEFAULT_MODERATION_SETTINGS, mode: 'post', ...settings },
  }
}
