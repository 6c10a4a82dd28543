import { describe, expect, it } from 'vitest'

import { decodePurge, encodePurge } from '@/lib/cache/purge-message'

describe('purge messages between processes', () => {
  it('carry the tags there and back', () => {
    expect(decodePurge(encodePurge(['article:1', 'lists']))).toEqual({ tags: ['article:1', 'lists'] })
  })

  it('name the process that made the change, which purges the shared store again once it is committed', () => {
    expect(decodePurge(encodePurge(['article:1'], 'process-a'))).toEqual({ tags: ['article:1'], origin: 'process-a' })
    const many = Array.from({ length: 400 }, (_, i) => `article:${'x'.repeat(30)}-${i}`)
    expect(decodePurge(encodePurge(many, 'process-a'))).toEqual({ all: true, origin: 'process-a' })
  })

  it('say "everything" when the tags would not fit in a NOTIFY payload', () => {
    const many = Array.from({ length: 400 }, (_, i) => `article:${'x'.repeat(30)}-${i}`)
    const text = encodePurge(many)
    expect(Buffer.byteLength(text)).toBeLessThan(8000)
    expect(decodePurge(text)).toEqual({ all: true })
  })

  it('ignore anything else on the channel', () => {
    for (const text of [undefined, '', 'nope', '{"tags":[1]}', '{"all":"yes"}', '[]']) expect(decodePurge(text), String(text)).toBeNull()
  })
})
