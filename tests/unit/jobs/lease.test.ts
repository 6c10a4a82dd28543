import { describe, expect, it } from 'vitest'

import { abandonedBefore, everyMs, parseLeaseMs, runsAgain, sweepIntervalMs } from '@/lib/leases/job-lease'

const policy = { runAgainTasks: ['refreshRelated'], runAgainQueues: ['purge'] }

describe('abandoned jobs', () => {
  it('runs again what had not begun sending, and what is harmless to repeat', () => {
    expect(runsAgain({ taskSlug: 'deliverWebhook', queue: 'default', sending: false }, policy)).toBe(true)
    expect(runsAgain({ taskSlug: 'refreshRelated', queue: 'default', sending: true }, policy)).toBe(true)
    expect(runsAgain({ taskSlug: 'deliverWebhook', queue: 'purge', sending: true }, policy)).toBe(true)
    expect(runsAgain({ taskSlug: 'deliverWebhook', queue: 'default', sending: true }, policy)).toBe(false)
    expect(runsAgain({ taskSlug: 'sendCommentDigest', queue: null, sending: true }, policy)).toBe(false)
    expect(runsAgain({ taskSlug: null, queue: 'default', sending: true }, policy)).toBe(false)
  })

  it('counts a claim older than the lease as abandoned', () => {
    expect(abandonedBefore(new Date('2026-12-04T10:05:00Z'), 300_000).toISOString()).toBe('2026-12-04T10:00:00.000Z')
  })

  it('looks a quarter-lease apart, between a second and a minute', () => {
    expect(sweepIntervalMs(300_000)).toBe(60_000)
    expect(sweepIntervalMs(3_000_000)).toBe(60_000)
    expect(sweepIntervalMs(20_000)).toBe(5_000)
    expect(sweepIntervalMs(2_000)).toBe(1_000)
  })

  it('opens the gate once per interval', () => {
    const due = everyMs(1_000)
    expect([due(0), due(500), due(999), due(1_000), due(1_500), due(2_100)]).toEqual([true, false, false, true, false, true])
  })

  it('never takes a lease shorter than a second from the environment', () => {
    expect(parseLeaseMs(undefined)).toBe(300_000)
    expect(parseLeaseMs('')).toBe(300_000)
    expect(parseLeaseMs('0')).toBe(300_000)
    expect(parseLeaseMs('soon')).toBe(300_000)
    expect(parseLeaseMs('5000')).toBe(5_000)
  })
})
