import type { CollectionSlug, Payload } from 'payload'
import { afterAll } from 'vitest'

import { defineAccessMatrix, type AccessDriver, type Outcome } from '../shared/access-matrix'
import type { MatrixCollection, Role } from '../shared/access-table'
import type { Reader } from '@/payload-types'
import { gradientImage } from '@/seed/images'
import { createStaff, testPayload, type Staff } from './helpers/payload'

/** The Local API with `overrideAccess: false`, as each role. */
let payload: Payload
let staff: Staff
let reader: Reader & { collection: 'readers' }
let image: Buffer

const userOf = (role: Role) => (role === 'anonymous' ? undefined : role === 'reader' ? reader : staff[role])

async function attempt(work: () => Promise<{ id?: unknown } | unknown>): Promise<Outcome> {
  try {
    const result = (await work()) as { id?: unknown } | undefined
    return { ok: true, status: 200, id: result?.id ? String(result.id) : undefined }
  } catch (error) {
    return { ok: false, status: Number((error as { status?: number }).status ?? 500) }
  }
}

const file = () => ({ data: image, mimetype: 'image/jpeg', name: `matrix-${Math.random().toString(36).slice(2)}.jpg`, size: image.length })
const drafted = (collection: MatrixCollection, data: Record<string, unknown>) => collection === 'articles' && data._status !== 'published'

const driver = (): AccessDriver => ({
  supports: () => true,
  userId: (role) => userOf(role)?.id,
  list: async (role, collection, candidates) => {
    try {
      const result = await payload.find({
        collection: collection as CollectionSlug,
        overrideAccess: false,
        user: userOf(role),
        draft: true,
        depth: 0,
        pagination: false,
        where: candidates ? { id: { in: candidates } } : undefined,
      })
      return { ok: true, ids: result.docs.map((doc) => String(doc.id)) }
    } catch {
      return { ok: false, ids: [] }
    }
  },
  findById: async (role, collection, id) =>
    Boolean(
      await payload.findByID({
        collection: collection as CollectionSlug,
        id,
        overrideAccess: false,
        user: userOf(role),
        draft: true,
        disableErrors: true,
      }),
    ),
  create: (role, collection, data) =>
    attempt(() =>
      payload.create({
        collection: collection as CollectionSlug,
        data: data as never,
        draft: collection === 'articles',
        file: collection === 'media' ? file() : undefined,
        overrideAccess: false,
        user: userOf(role),
      }),
    ),
  update: (role, collection, id, data) =>
    attempt(() =>
      payload.update({
        collection: collection as CollectionSlug,
        id,
        data: data as never,
        draft: drafted(collection, data),
        overrideAccess: false,
        user: userOf(role),
      }),
    ),
  remove: (role, collection, id) =>
    attempt(() => payload.delete({ collection: collection as CollectionSlug, id, overrideAccess: false, user: userOf(role) })),
  readSettings: (role) => attempt(() => payload.findGlobal({ slug: 'site-settings', overrideAccess: false, user: userOf(role) })),
  updateSettings: (role, data) =>
    attempt(() => payload.updateGlobal({ slug: 'site-settings', data, overrideAccess: false, user: userOf(role) })),
  privilegedCreate: async (collection, data, options = {}) => {
    const doc = await payload.create({
      collection: collection as CollectionSlug,
      data: data as never,
      draft: Boolean(options.draft),
      file: collection === 'media' ? file() : undefined,
      overrideAccess: !options.as,
      user: options.as ? userOf(options.as) : staff.editor,
    })
    return String(doc.id)
  },
  privilegedRead: async (collection, id) => {
    const doc = await payload.findByID({
      collection: collection as CollectionSlug,
      id,
      draft: true,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
    })
    return (doc ?? undefined) as unknown as Record<string, unknown> | undefined
  },
  privilegedCount: async (collection) =>
    (await payload.count({ collection: collection as CollectionSlug, overrideAccess: true })).totalDocs,
  privilegedSettings: async () =>
    (await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })) as unknown as Record<string, unknown>,
})

defineAccessMatrix('the Local API', driver, async () => {
  payload = await testPayload()
  staff = await createStaff(payload)
  const signedUp = await payload.create({
    collection: 'readers',
    data: {
      email: `matrix-reader-${Date.now().toString(36)}@example.test`,
      password: 'matrix-password-1',
      displayName: 'Matrix Reader',
      _verified: true,
    },
    overrideAccess: true,
  })
  reader = { ...signedUp, collection: 'readers' }
  image = await gradientImage(['#222222', '#888888'], 3, 64, 36)
})

afterAll(async () => {
  await payload?.destroy()
})
