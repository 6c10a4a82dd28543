import { describe, expect, it } from 'vitest'

import { parseLsn, ReplicaFreshness } from '@/lib/replicas/freshness'

describe('parseLsn', () => {
  it('reads both halves of an LSN', () => {
    expect(parseLsn('0/3000148')).toBe(0x3000148n)
    expect(parseLsn('16/B374D848')).toBe((0x16n << 32n) + 0xb374d848n)
    expect(parseLsn('1/0') > parseLsn('0/FFFFFFFF')).toBe(true)
  })

  it('refuses what is not an LSN', () => {
    expect(() => parseLsn('')).toThrow(/not a PostgreSQL LSN/)
    expect(() => parseLsn('12345')).toThrow(/not a PostgreSQL LSN/)
  })
})

describe('ReplicaFreshness', () => {
  it('is not fresh before the primary was ever seen', () => {
    expect(new ReplicaFreshness(1000).isFresh(100n, 0)).toBe(false)
  })

  it('asks for the position the primary had maxLag ago, not its newest', () => {
    const freshness = new ReplicaFreshness(1000)
    freshness.notePrimary(100n, 0)
    freshness.notePrimary(200n, 500)
    freshness.notePrimary(300n, 1000)
    freshness.notePrimary(400n, 1500)
    // At 1,600 ms the primary had 200 at 500 (≥ 1,000 ms ago is 600 → the sample at 500).
    expect(freshness.isFresh(200n, 1600)).toBe(true)
    expect(freshness.isFresh(199n, 1600)).toBe(false)
    // A replica at the newest position is fresh whatever the time.
    expect(freshness.isFresh(400n, 1600)).toBe(true)
  })

  it('goes stale when replay stops while the primary moves on', () => {
    const freshness = new ReplicaFreshness(1000)
    const stoppedAt = parseLsn('0/64') + 500n // replayed what the primary had at 500 ms
    for (let at = 0; at <= 1000; at += 500) freshness.notePrimary(BigInt(100 + at), at)
    expect(freshness.isFresh(stoppedAt, 1400)).toBe(true)
    for (let at = 1500; at <= 3000; at += 500) freshness.notePrimary(BigInt(100 + at), at)
    expect(freshness.isFresh(stoppedAt, 3000)).toBe(false)
  })

  it('counts an idle primary as no lag', () => {
    const freshness = new ReplicaFreshness(1000)
    for (let at = 0; at <= 10_000; at += 500) freshness.notePrimary(700n, at)
    expect(freshness.isFresh(700n, 10_000)).toBe(true)
  })

  it('with a short history, asks for the oldest position seen', () => {
    const freshness = new ReplicaFreshness(1000)
    freshness.notePrimary(100n, 0)
    freshness.notePrimary(150n, 300)
    expect(freshness.isFresh(100n, 300)).toBe(true)
    expect(freshness.isFresh(99n, 300)).toBe(false)
  })

  it('keeps a bounded history', () => {
    const freshness = new ReplicaFreshness(1000)
    for (let at = 0; at < 100_000; at += 100) freshness.notePrimary(BigInt(at), at)
    expect((freshness as unknown as { samples: unknown[] }).samples.length).toBeLessThan(25)
  })
})
