import { describe, expect, it } from 'vitest'

import { etagOf } from '@/lib/cache/page-store'
import {
  decodeStored,
  encodeMeta,
  resilientStore,
  sitePrefix,
  type SharedResponse,
  type SharedResponseStore,
} from '@/lib/cache/shared-store'

const stored = (storedAt = 1_000): SharedResponse => ({
  status: 200,
  headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'nonce-abc'" },
  body: Buffer.from('<p>hello</p>'),
  gzip: Buffer.from([1, 2, 3]),
  etag: etagOf(Buffer.from('<p>hello</p>')),
  tags: ['article:1', 'site'],
  storedAt,
  renderBegunAt: storedAt - 100,
})

describe('a stored response in parts', () => {
  it('comes back whole from its meta text and bytes', () => {
    const entry = stored()
    expect(decodeStored(encodeMeta(entry), entry.body, entry.gzip, 60_000, 2_000)).toEqual(entry)
  })

  it('reads as a miss when older than the longest a response is kept, or unreadable', () => {
    const entry = stored()
    expect(decodeStored(encodeMeta(entry), entry.body, null, 60_000, 61_001)).toBeUndefined()
    const unstamped = JSON.stringify({ status: 200, etag: 'x', storedAt: 1_500, tags: ['site'], headers: {} }) // no render start: an older release's
    for (const meta of ['', 'nope', '{}', '{"status":200,"etag":"x","storedAt":1,"tags":"site","headers":{}}', unstamped])
      expect(decodeStored(meta, entry.body, null, 60_000, 2_000), meta).toBeUndefined()
  })

  it('keeps two sites on one Redis apart by their database', () => {
    expect(sitePrefix('postgres://a/site1')).not.toBe(sitePrefix('postgres://a/site2'))
    expect(sitePrefix('file:./data/newsroom.db')).toMatch(/^newsroom:edge:[\w-]{12}:$/)
  })
})

/** A store that fails while `down` is set, recording what reached it. */
function flakyStore() {
  const calls: string[] = []
  const state = { down: false }
  const step = async (name: string) => {
    calls.push(name)
    if (state.down) throw new Error('connection refused')
  }
  const store: SharedResponseStore = {
    kind: 'redis',
    get: async (key) => (await step(`get ${key}`), stored()),
    set: async (key) => (await step(`set ${key}`), true),
    purge: async (tags) => step(`purge ${tags.join(',')}`),
    purgeAll: async () => step('purgeAll'),
    lease: async (key) => (await step(`lease ${key}`), true),
    release: async (key) => step(`release ${key}`),
    close: async () => undefined,
  }
  return { store, calls, state }
}

describe('resilientStore', () => {
  it('turns a failed read into a miss and a failed write into "not stored", reporting once a minute', async () => {
    const { store, state } = flakyStore()
    const logged: string[] = []
    let now = 0
    const resilient = resilientStore(
      store,
      (line) => logged.push(line),
      () => now,
    )
    state.down = true
    expect(await resilient.get('/a')).toBeUndefined()
    expect(await resilient.set('/a', stored())).toBe(false)
    expect(logged).toHaveLength(1)
    expect(logged[0]).toMatch(/shared page cache \(redis\): a read failed \(connection refused\)/)
    now = 61_000
    await resilient.get('/a')
    expect(logged).toHaveLength(2)
  })

  it('trusts nothing it kept after a failed purge until a purge of everything succeeds', async () => {
    const { store, calls, state } = flakyStore()
    const resilient = resilientStore(store, () => undefined)
    state.down = true
    await resilient.purge(['article:1']) // never throws: the writer's save goes on
    // Back up: what it kept may show the change the purge was about, so it is emptied first.
    state.down = false
    calls.length = 0
    expect(await resilient.get('/a')).toBeDefined()
    expect(calls).toEqual(['purgeAll', 'get /a'])
    calls.length = 0
    await resilient.get('/a')
    expect(calls).toEqual(['get /a'])
  })

  it('stays untrusted while the purge of everything keeps failing: reads are misses, nothing is written', async () => {
    const { store, calls, state } = flakyStore()
    const resilient = resilientStore(store, () => undefined)
    state.down = true
    await resilient.purge(['site'])
    calls.length = 0
    expect(await resilient.get('/a')).toBeUndefined()
    expect(await resilient.set('/a', stored())).toBe(false)
    expect(calls).toEqual(['purgeAll', 'purgeAll'])
  })
})
