import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { computeRelated, relatedStories } from '@/related/services/related'
import { articleData, createFixtures, testPayload, unique, type Fixtures } from './helpers/payload'

let payload: Payload
let fixtures: Fixtures
let section: string
const ids: Record<string, string> = {}

const bridge = (n: number, extra = '') =>
  `The Harbour Bridge closure enters week ${n}. Engineers inspecting corroded girders on the harbour bridge say ferry sailings will stay doubled while repair crews work through the night. ${extra}`

async function publish(key: string, title: string, text: string, overrides: Record<string, unknown> = {}) {
  const doc = await payload.create({
    collection: 'articles',
    data: articleData(fixtures, { title, section, _status: 'published', ...overrides }, [{ type: 'p', text }]),
    overrideAccess: true,
  })
  ids[key] = doc.id
  return doc
}

async function runJobs() {
  // The refresh jobs queued by the saves above, as the in-service worker would run them.
  for (let round = 0; round < 5; round += 1) await payload.jobs.run({ queue: 'default', limit: 100 })
}

beforeAll(async () => {
  payload = await testPayload()
  fixtures = await createFixtures(payload)
  section = (
    await payload.create({ collection: 'sections', data: { name: 'Related tests', slug: unique('related') }, overrideAccess: true })
  ).id
  const tag = (
    await payload.create({ collection: 'tags', data: { name: 'Harbour Bridge', slug: unique('harbour-bridge') }, overrideAccess: true })
  ).id
  await publish('closed', 'Harbour Bridge closed after girder cracks found', bridge(1), { tags: [tag] })
  await publish(
    'ferries',
    'Ferry sailings doubled while the Harbour Bridge stays shut',
    bridge(2, 'Commuters queue at the ferry terminal.'),
    { tags: [tag] },
  )
  await publish('repair', 'Harbour Bridge repair plan approved by council', bridge(3, 'The council approved the repair budget.'), {
    tags: [tag],
  })
  await publish('hidden', 'Harbour Bridge girders: an explainer', bridge(4, 'How girders corrode.'), {
    tags: [tag],
    excludeFromRelated: true,
  })
  // Words no other test article uses (other files share this database), so nothing scores.
  await publish(
    'noise',
    'Stamp fair moves to Sundays',
    'Philatelists will gather for a quiet stamp fair in the annexe on Sundays from next month.',
  )
  await publish('curated', 'A cookery column the editor likes', 'Seasonal recipes for mackerel and samphire.')
  await runJobs()
})

afterAll(async () => {
  await payload?.destroy()
})

describe('related stories', () => {
  it('precomputes suggestions when articles are published, with reasons', async () => {
    const stored = await payload.find({
      collection: 'related-suggestions',
      where: { article: { equals: ids.closed } },
      overrideAccess: true,
      depth: 0,
    })
    const items = stored.docs[0]?.items ?? []
    const suggested = items.map((item) => (typeof item.article === 'object' ? item.article.id : item.article))
    expect(suggested.slice(0, 2).sort()).toEqual([ids.ferries, ids.repair].sort())
    expect(suggested).not.toContain(ids.hidden)
    expect(suggested).not.toContain(ids.closed)
    expect(items[0].reasons).toEqual(expect.arrayContaining(['same section', '1 shared tag', 'similar text']))
  })

  it('lists the editor’s published picks first, then the scored ones, then the section’s latest', async () => {
    await payload.update({
      collection: 'articles',
      id: ids.closed,
      data: { relatedStories: [ids.curated], _status: 'published' },
      overrideAccess: true,
    })
    const items = await relatedStories(payload, ids.closed, 4)
    expect(items[0]).toMatchObject({ source: 'curated', reasons: ['picked by the editor'] })
    expect(new Set(items.slice(1, 3).map((item) => item.id))).toEqual(new Set([ids.ferries, ids.repair]))
    expect(items.slice(1, 3).every((item) => item.source === 'scored')).toBe(true)
    expect(items).toHaveLength(4)
    expect(items.map((item) => item.id)).not.toContain(ids.hidden)
    expect(items[1]).toMatchObject({
      title: expect.any(String),
      slug: expect.any(String),
      image: { url: expect.any(String), alt: expect.any(String) },
    })
  })

  it('drops an article as soon as it is unpublished, and its neighbours forget it after the refresh', async () => {
    await payload.update({ collection: 'articles', id: ids.repair, data: { _status: 'draft' }, draft: true, overrideAccess: true })
    await payload.update({ collection: 'articles', id: ids.repair, data: { _status: 'draft' }, overrideAccess: true })
    expect((await relatedStories(payload, ids.closed, 4)).map((item) => item.id)).not.toContain(ids.repair)
    await runJobs()
    const stored = await payload.find({
      collection: 'related-suggestions',
      where: { article: { equals: ids.closed } },
      overrideAccess: true,
      depth: 0,
    })
    expect(JSON.stringify(stored.docs[0]?.items)).not.toContain(ids.repair)
    const own = await payload.find({ collection: 'related-suggestions', where: { article: { equals: ids.repair } }, overrideAccess: true })
    expect(own.totalDocs).toBe(0)
  })

  it('falls back to the latest in the section when nothing scores', async () => {
    await computeRelated(payload, ids.noise)
    const items = await relatedStories(payload, ids.noise, 4)
    expect(items.length).toBeGreaterThan(0)
    expect(items.every((item) => item.source !== 'curated')).toBe(true)
    expect(items.some((item) => item.source === 'latest-in-section')).toBe(true)
    expect(items.map((item) => item.id)).not.toContain(ids.noise)
  })

  it('refuses a bad limit and answers 404 for an unknown or unpublished article', async () => {
    await expect(relatedStories(payload, ids.closed, 0)).rejects.toMatchObject({ status: 400 })
    await expect(relatedStories(payload, ids.closed, 500)).rejects.toMatchObject({ status: 400 })
    await expect(relatedStories(payload, '00000000-0000-4000-8000-000000000000', 4)).rejects.toMatchObject({ status: 404 })
    await expect(relatedStories(payload, ids.repair, 4)).rejects.toMatchObject({ status: 404 })
  })

  it('keeps one waiting refresh per article however often it is saved', async () => {
    await runJobs()
    const waiting = async () =>
      (
        await payload.find({
          collection: 'payload-jobs',
          where: {
            and: [
              { taskSlug: { equals: 'refreshRelated' } },
              { concurrencyKey: { equals: `related:${ids.ferries}` } },
              { completedAt: { exists: false } },
            ],
          },
          overrideAccess: true,
          depth: 0,
        })
      ).docs
    for (let n = 1; n <= 4; n += 1) {
      await payload.update({ collection: 'articles', id: ids.ferries, data: { dek: `Edit ${n}` }, overrideAccess: true })
    }
    const jobs = await waiting()
    expect(jobs).toHaveLength(1)
    expect(jobs[0].input).toEqual({ articleId: ids.ferries })
    await runJobs()
    expect(await waiting()).toHaveLength(0)
  })
})
