import { describe, expect, it } from 'vitest'

import { failedScheduleNotice, isAbandonedDraft, reviewRequestNotice } from '@/editorial/domain/housekeeping'
import { publishTimesByArticle } from '@/editorial/domain/schedule-jobs'
import { workflowState } from '@/editorial/domain/workflow'

describe('where a piece stands', () => {
  it('tells a published piece edited since from a draft', () => {
    expect(workflowState({ _status: 'published', firstPublishedAt: '2026-12-01' })).toBe('published')
    expect(workflowState({ _status: 'draft', firstPublishedAt: '2026-12-01' })).toBe('published-with-changes')
    expect(workflowState({ _status: 'draft', readyForReview: true })).toBe('ready-for-review')
    expect(workflowState({ _status: 'draft' })).toBe('draft')
  })

  it('calls a draft with a waiting publish schedule scheduled, and a published piece published', () => {
    expect(workflowState({ _status: 'draft', readyForReview: true }, '2026-12-07T09:00:00Z')).toBe('scheduled')
    expect(workflowState({ _status: 'draft', firstPublishedAt: '2026-12-01' }, '2026-12-07T09:00:00Z')).toBe('scheduled')
    expect(workflowState({ _status: 'published' }, '2026-12-07T09:00:00Z')).toBe('published')
  })
})

describe('scheduled publishing', () => {
  const job = (value: string, waitUntil: string | null, type?: string) => ({
    input: { doc: { relationTo: 'articles', value }, type },
    waitUntil,
  })
  it('keeps the earliest publish time of each article, and leaves unpublish schedules out', () => {
    const times = publishTimesByArticle([
      job('a', '2026-12-08T09:00:00.000Z', 'publish'),
      job('a', '2026-12-07T09:00:00.000Z'),
      job('b', '2026-12-07T10:00:00.000Z', 'unpublish'),
      job('c', null),
    ])
    expect([...times]).toEqual([['a', '2026-12-07T09:00:00.000Z']])
  })
})

describe('housekeeping', () => {
  const now = new Date('2026-12-06T12:00:00Z')
  it('removes only untitled, never-published drafts untouched for an hour', () => {
    expect(isAbandonedDraft({ title: '', updatedAt: '2026-12-06T10:59:00Z' }, now)).toBe(true)
    expect(isAbandonedDraft({ title: null, updatedAt: '2026-12-06T11:30:00Z' }, now)).toBe(false)
    expect(isAbandonedDraft({ title: 'Ferries', updatedAt: '2026-12-01T00:00:00Z' }, now)).toBe(false)
    expect(isAbandonedDraft({ title: '', firstPublishedAt: '2026-11-01', updatedAt: '2026-12-01T00:00:00Z' }, now)).toBe(false)
  })

  it('words the notices with the title and the admin link', () => {
    expect(reviewRequestNotice({ title: 'Ferries', adminUrl: 'https://x/admin/a' }, 'Aoife Author')).toEqual({
      subject: 'Ready for review: Ferries',
      text: 'Aoife Author marked “Ferries” ready for review.\n\nReview and publish it: https://x/admin/a',
    })
    const failed = failedScheduleNotice({ title: '', adminUrl: 'https://x/admin/b' }, '6 Dec 2026, 09:00 UTC', 'A hero image is required.')
    expect(failed.subject).toBe('Scheduled publishing failed: An untitled draft')
    expect(failed.text).toContain('at 6 Dec 2026, 09:00 UTC')
    expect(failed.text).toContain('What went wrong: A hero image is required.')
  })
})
