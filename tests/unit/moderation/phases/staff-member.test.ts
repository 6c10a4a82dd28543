import { describe, expect, it } from 'vitest'

import { moderate, moderateStaff, staffMember } from '@/comments/domain/moderation'
import { context } from '../context'

describe('staff answering as the newsroom', () => {
  const staff = { kind: 'staff', role: 'moderator' } as const

  it('publishes a member of staff’s comment, saying why', () => {
    expect(staffMember(context({ commenter: staff }))).toEqual({
      action: 'approve',
      reasons: [{ code: 'staff', detail: 'written by a member of staff (moderator)' }],
    })
    expect(staffMember(context())).toBeUndefined()
  })

  it('skips the word filters, link limit and pre-moderation a reader meets', () => {
    const links = 'See https://a.example, https://b.example and https://c.example for the timetable.'
    const settings = { mode: 'pre' as const, suspectWords: ['timetable'] }
    expect(moderate(context({ body: links }, settings)).action).toBe('hold')
    expect(moderateStaff(context({ body: links, commenter: staff }, settings)).action).toBe('approve')
  })

  it('still refuses an empty or overlong text', () => {
    expect(moderateStaff(context({ body: '   ', commenter: staff })).action).toBe('reject')
    expect(moderateStaff(context({ body: 'x'.repeat(6000), commenter: staff }, { maxBodyLength: 5000 })).action).toBe('reject')
  })
})
