import { describe, expect, it } from 'vitest'

import { MissCollapser, type Outcome } from '@/lib/cache/collapse'

describe('MissCollapser', () => {
  it('lets one request lead a key and hands its result to those waiting', async () => {
    const collapser = new MissCollapser<string>(1000)
    const settle = collapser.lead('/a')!
    expect(collapser.lead('/a')).toBeNull()
    expect(collapser.isRendering('/a')).toBe(true)
    const waiting = [collapser.join('/a'), collapser.join('/a')]
    settle('page')
    expect(await Promise.all(waiting)).toEqual([{ stored: 'page' }, { stored: 'page' }])
    expect(collapser.isRendering('/a')).toBe(false)
    expect(collapser.size).toBe(0)
  })

  it('keeps keys apart', () => {
    const collapser = new MissCollapser<string>(1000)
    expect(collapser.lead('/a')).not.toBeNull()
    expect(collapser.lead('/b')).not.toBeNull()
    expect(collapser.size).toBe(2)
  })

  it('hands a render that stored nothing to one waiter, the others waiting on for its attempt', async () => {
    const collapser = new MissCollapser<string>(1000)
    const settle = collapser.lead('/a')!
    const outcomes: Outcome<string>[] = []
    const waiting = [1, 2, 3].map(() => collapser.join('/a').then((outcome) => outcomes.push(outcome)))
    settle(undefined)
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(outcomes).toHaveLength(1)
    const first = outcomes[0]
    expect('lead' in first).toBe(true)
    expect(collapser.isRendering('/a')).toBe(true)
    if ('lead' in first) first.lead('fresh')
    await Promise.all(waiting)
    expect(outcomes.slice(1)).toEqual([{ stored: 'fresh' }, { stored: 'fresh' }])
    expect(collapser.size).toBe(0)
  })

  it('ends the render when the last attempt stores nothing and nobody waits', () => {
    const collapser = new MissCollapser<string>(1000)
    collapser.lead('/a')!(undefined)
    expect(collapser.isRendering('/a')).toBe(false)
    expect(collapser.lead('/a')).not.toBeNull()
  })

  it('lets a waiter give up after the limit, and a leader settling twice changes nothing', async () => {
    const collapser = new MissCollapser<string>(20)
    const settle = collapser.lead('/a')!
    const started = Date.now()
    expect(await collapser.join('/a')).toEqual({ gaveUp: true })
    expect(Date.now() - started).toBeGreaterThanOrEqual(15)
    settle('late')
    const next = collapser.lead('/a')!
    settle('again') // the old leader must not end the new one's render
    expect(collapser.isRendering('/a')).toBe(true)
    next('fresh')
  })

  it('has nothing to join when no render is under way', async () => {
    expect(await new MissCollapser<string>(1000).join('/none')).toEqual({ gaveUp: true })
  })
})
