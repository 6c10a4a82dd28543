import { describe, expect, it } from 'vitest'

import { etagOf, matchesEtag, PageStore } from '@/lib/cache/page-store'

const entry = (tags: string[], body = 'hello') => ({
  status: 200,
  headers: { 'content-type': 'text/html' },
  body: Buffer.from(body),
  gzip: null,
  etag: etagOf(Buffer.from(body)),
  tags,
})

describe('PageStore', () => {
  it('serves what it stored until a purge of one of its tags', () => {
    const store = new PageStore({ maxBytes: 10_000, maxAgeMs: 60_000 })
    expect(store.set('/a', entry(['article:1', 'site']), store.begin())).toBe(true)
    expect(store.set('/b', entry(['article:2', 'site']), store.begin())).toBe(true)
    expect(store.get('/a')?.body.toString()).toBe('hello')
    expect(store.purge(['article:1'])).toBe(1)
    expect(store.get('/a')).toBeUndefined()
    expect(store.get('/b')).toBeDefined()
    expect(store.purge(['site'])).toBe(1)
    expect(store.stats()).toEqual({ entries: 0, bytes: 0, hits: 2, misses: 1, collapsed: 0, sharedHits: 0, renders: 0, purges: 2 })
  })

  it('refuses a render that began before a purge of what it shows (it may hold the old content)', () => {
    const store = new PageStore({ maxBytes: 10_000, maxAgeMs: 60_000 })
    const begun = store.begin()
    store.purge(['article:1'])
    expect(store.set('/a', entry(['article:1']), begun)).toBe(false)
    // A render of something else that began at the same time is still fine.
    expect(store.set('/b', entry(['article:2']), begun)).toBe(true)
    expect(store.set('/a', entry(['article:1']), store.begin())).toBe(true)
  })

  it('refuses every render in flight across a purge of everything', () => {
    const store = new PageStore({ maxBytes: 10_000, maxAgeMs: 60_000 })
    const begun = store.begin()
    store.set('/x', entry(['x']), begun)
    expect(store.purgeAll()).toBe(1)
    expect(store.set('/y', entry(['y']), begun)).toBe(false)
  })

  it('evicts the least recently used entries past its byte budget', () => {
    const store = new PageStore({ maxBytes: 40, maxAgeMs: 60_000 })
    store.set('/1', entry(['a'], '0123456789'), store.begin())
    store.set('/2', entry(['a'], '0123456789'), store.begin())
    store.set('/3', entry(['a'], '0123456789'), store.begin())
    store.get('/1')
    store.set('/4', entry(['a'], '0123456789'), store.begin())
    store.set('/5', entry(['a'], '0123456789'), store.begin())
    expect(store.get('/1')).toBeDefined()
    expect(store.get('/2')).toBeUndefined()
    expect(store.stats().bytes).toBeLessThanOrEqual(40)
  })

  it('drops entries older than the maximum age', () => {
    let now = 1_000
    const store = new PageStore({ maxBytes: 10_000, maxAgeMs: 500, now: () => now })
    store.set('/a', entry(['a']), store.begin())
    now += 499
    expect(store.get('/a')).toBeDefined()
    now += 2
    expect(store.get('/a')).toBeUndefined()
  })

  it('forgets old purge marks without letting an in-flight render through', () => {
    const store = new PageStore({ maxBytes: 10_000, maxAgeMs: 60_000 })
    const begun = store.begin()
    for (let i = 0; i <= 10_001; i++) store.purge([`t:${i}`])
    expect(store.set('/a', entry(['unrelated']), begun)).toBe(false)
    expect(store.set('/a', entry(['unrelated']), store.begin())).toBe(true)
  })
})

describe('ETags', () => {
  it('are weak, stable for the same bytes and different for others', () => {
    expect(etagOf(Buffer.from('a'))).toMatch(/^W\/"[\w-]+"$/)
    expect(etagOf(Buffer.from('a'))).toBe(etagOf(Buffer.from('a')))
    expect(etagOf(Buffer.from('a'))).not.toBe(etagOf(Buffer.from('b')))
  })

  it('match If-None-Match lists, strong or weak forms, and *', () => {
    const etag = etagOf(Buffer.from('a'))
    expect(matchesEtag(undefined, etag)).toBe(false)
    expect(matchesEtag(`"nope", ${etag}`, etag)).toBe(true)
    expect(matchesEtag(etag.slice(2), etag)).toBe(true)
    expect(matchesEtag('*', etag)).toBe(true)
    expect(matchesEtag('"other"', etag)).toBe(false)
  })
})

describe('PageStore.remember', () => {
  const counting = () => {
    let loads = 0
    return { load: async () => ++loads, loads: () => loads }
  }

  it('loads a value once and keeps it until a purge of one of its tags', async () => {
    const store = new PageStore({ maxBytes: 10_000, maxAgeMs: 60_000 })
    const source = counting()
    expect(await store.remember('settings', ['site'], source.load)).toBe(1)
    expect(await store.remember('settings', ['site'], source.load)).toBe(1)
    store.purge(['article:1'])
    expect(await store.remember('settings', ['site'], source.load)).toBe(1)
    store.purge(['site'])
    expect(await store.remember('settings', ['site'], source.load)).toBe(2)
    store.purgeAll()
    expect(await store.remember('settings', ['site'], source.load)).toBe(3)
  })

  it('uses but does not keep a load that a purge of its tags overtook', async () => {
    const store = new PageStore({ maxBytes: 10_000, maxAgeMs: 60_000 })
    let release: (value: string) => void = () => {}
    const slow = store.remember('settings', ['site'], () => new Promise<string>((resolve) => (release = resolve)))
    store.purge(['site']) // the settings changed while they were being read
    release('read before the change')
    expect(await slow).toBe('read before the change')
    expect(await store.remember('settings', ['site'], async () => 'read after')).toBe('read after')
  })

  it('reads again once the value is older than the age limit', async () => {
    let now = 0
    const store = new PageStore({ maxBytes: 10_000, maxAgeMs: 1_000, now: () => now })
    const source = counting()
    await store.remember('links', ['lists'], source.load)
    now = 1_001
    expect(await store.remember('links', ['lists'], source.load)).toBe(2)
  })

  it('takes in a copy from the shared store unless it has heard of a purge of what the copy shows since its render began', () => {
    let now = 1_000
    const store = new PageStore({ maxBytes: 10_000, maxAgeMs: 60_000, now: () => now })
    const copy = (renderBegunAt: number) => ({ ...entry(['article:1', 'site']), storedAt: renderBegunAt + 50, renderBegunAt })
    // Rendered elsewhere before a purge this process heard, and still in the store: not served.
    store.purge(['article:1'])
    expect(store.adopt('/a', copy(900), store.begin())).toBe(false)
    expect(store.get('/a')).toBeUndefined()
    now = 2_000
    expect(store.adopt('/a', copy(1_500), store.begin())).toBe(true)
    expect(store.get('/a')?.body.toString()).toBe('hello')
    // An older release's copy says nothing of when it was rendered: not served either.
    expect(store.adopt('/b', { ...entry(['site']), storedAt: 1_900 }, store.begin())).toBe(false)
    now = 3_000
    store.purgeAll()
    expect(store.adopt('/c', copy(2_500), store.begin())).toBe(false)
    expect(store.adopt('/c', copy(3_001), store.begin())).toBe(true)
  })
})
