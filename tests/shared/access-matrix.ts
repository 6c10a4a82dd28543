import { beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '@/lib/relationships/id-of'

import {
  ACCESS,
  COLLECTIONS,
  documentChange,
  newDocument,
  READER_CREDENTIALS,
  ROLES,
  SITE_SETTINGS,
  type MatrixCollection,
  type Role,
} from './access-table'

export type Outcome = { ok: boolean; status: number; id?: string }

/**
 * One API seen through the matrix. `as*` methods act as the given role; `privileged*` methods are the
 * test's own view of the truth (overrideAccess, or an admin), used to set up and to check that a
 * refused request changed nothing.
 */
export interface AccessDriver {
  /** Whether this API can do the operation at all (GraphQL cannot upload a file). */
  supports(collection: MatrixCollection, operation: 'create' | 'update' | 'delete'): boolean
  userId(role: Role): string | undefined
  /** IDs the role can see among `candidates` (all it can see when no candidates are given). */
  list(role: Role, collection: MatrixCollection, candidates?: string[]): Promise<{ ok: boolean; ids: string[] }>
  findById(role: Role, collection: MatrixCollection, id: string): Promise<boolean>
  create(role: Role, collection: MatrixCollection, data: Record<string, unknown>): Promise<Outcome>
  update(role: Role, collection: MatrixCollection, id: string, data: Record<string, unknown>): Promise<Outcome>
  remove(role: Role, collection: MatrixCollection, id: string): Promise<Outcome>
  readSettings(role: Role): Promise<Outcome>
  updateSettings(role: Role, data: Record<string, unknown>): Promise<Outcome>
  privilegedCreate(collection: MatrixCollection, data: Record<string, unknown>, options?: { draft?: boolean; as?: Role }): Promise<string>
  privilegedRead(collection: MatrixCollection, id: string): Promise<Record<string, unknown> | undefined>
  privilegedCount(collection: MatrixCollection): Promise<number>
  privilegedSettings(): Promise<Record<string, unknown>>
}

/** Registers the whole matrix (roles × collections × operations, plus the site settings) for one API. */
export function defineAccessMatrix(api: string, driver: () => AccessDriver, ready: () => Promise<void>): void {
  let d: AccessDriver
  const fixtures: Partial<Record<MatrixCollection, string>> = {}
  let published: string
  let foreignDraft: string
  let authorsDraft: string

  beforeAll(async () => {
    await ready()
    d = driver()
    for (const collection of COLLECTIONS.filter((name) => name !== 'articles')) {
      fixtures[collection] = await d.privilegedCreate(collection, newDocument(collection))
    }
    foreignDraft = fixtures.articles = await d.privilegedCreate('articles', newDocument('articles'), { draft: true })
    published = await d.privilegedCreate('articles', {
      ...newDocument('articles'),
      _status: 'published',
      section: fixtures.sections,
      authors: [fixtures.authors],
      hero: { image: fixtures.media },
    })
    authorsDraft = await d.privilegedCreate('articles', newDocument('articles'), { draft: true, as: 'author' })
  })

  describe(`access matrix over ${api}`, () => {
    for (const collection of COLLECTIONS) {
      for (const role of ROLES) {
        const rule = ACCESS[collection][role]

        it(`${role} × ${collection} × read: ${rule.read}`, async () => {
          const candidates =
            collection === 'articles'
              ? [published, foreignDraft, authorsDraft]
              : (collection === 'users' || collection === 'readers') && rule.read === 'own'
                ? undefined
                : [fixtures[collection]!]
          const { ok, ids } = await d.list(role, collection, candidates)
          if (rule.read === 'none') {
            expect(ok).toBe(false)
            return
          }
          expect(ok).toBe(true)
          if (collection === 'articles') {
            expect(ids).toContain(published)
            expect(ids.includes(foreignDraft)).toBe(rule.read === 'all')
            expect(await d.findById(role, collection, foreignDraft)).toBe(rule.read === 'all')
            if (rule.read === 'own') expect(ids).toContain(authorsDraft)
          } else if ((collection === 'users' || collection === 'readers') && rule.read === 'own') {
            expect(ids).toEqual([d.userId(role)])
          } else {
            expect(ids).toContain(fixtures[collection])
          }
        })

        it(`${role} × ${collection} × create: ${rule.create ? 'allowed' : 'refused'}`, async () => {
          if (!d.supports(collection, 'create')) return
          const before = await d.privilegedCount(collection)
          const outcome = await d.create(role, collection, newDocument(collection))
          expect(outcome.ok, `status ${outcome.status}`).toBe(rule.create)
          expect(await d.privilegedCount(collection)).toBe(before + (rule.create ? 1 : 0))
          if (!rule.create) expect([401, 403]).toContain(outcome.status)
        })

        it(`${role} × ${collection} × update: ${rule.update ? 'allowed' : 'refused'}`, async () => {
          if (!d.supports(collection, 'update')) return
          const target = await d.privilegedCreate(collection, newDocument(collection), { draft: collection === 'articles' })
          const before = await d.privilegedRead(collection, target)
          const outcome = await d.update(role, collection, target, documentChange(collection))
          expect(outcome.ok, `status ${outcome.status}`).toBe(rule.update)
          const after = await d.privilegedRead(collection, target)
          if (rule.update) expect(after?.updatedAt).not.toBe(before?.updatedAt)
          else {
            expect([401, 403, 404]).toContain(outcome.status)
            expect(after).toEqual(before)
          }
        })

        it(`${role} × ${collection} × delete: ${rule.delete ? 'allowed' : 'refused'}`, async () => {
          if (!d.supports(collection, 'delete')) return
          const target = await d.privilegedCreate(collection, newDocument(collection), { draft: collection === 'articles' })
          const outcome = await d.remove(role, collection, target)
          expect(outcome.ok, `status ${outcome.status}`).toBe(rule.delete)
          expect(Boolean(await d.privilegedRead(collection, target))).toBe(!rule.delete)
          if (!rule.delete) expect([401, 403, 404]).toContain(outcome.status)
        })
      }
    }

    for (const role of ROLES) {
      const rule = SITE_SETTINGS[role]
      it(`${role} × site-settings × read and update`, async () => {
        expect((await d.readSettings(role)).ok).toBe(rule.read)
        const before = await d.privilegedSettings()
        const outcome = await d.updateSettings(role, { tagline: `Tagline set by ${role} ${Date.now()}` })
        expect(outcome.ok, `status ${outcome.status}`).toBe(rule.update)
        const after = await d.privilegedSettings()
        if (rule.update) expect(after.tagline).toMatch(new RegExp(`set by ${role}`))
        else expect(after.tagline).toBe(before.tagline)
      })
    }

    for (const [field, roles] of Object.entries(READER_CREDENTIALS)) {
      for (const [role, allowed] of Object.entries(roles) as [Role, boolean][]) {
        it(`${role} × readers.${field} × update: ${allowed ? 'allowed' : 'refused'}`, async () => {
          const target = await d.privilegedCreate('readers', newDocument('readers'))
          const before = await d.privilegedRead('readers', target)
          const change =
            field === 'email'
              ? { email: `taken-over-${Date.now()}@example.test` }
              : field === 'password'
                ? { password: 'taken-over-password-1' }
                : { _verified: !before?._verified }
          const outcome = await d.update(role, 'readers', target, { ...change, trustLevel: 'regular' })
          expect(outcome.ok, `status ${outcome.status}`).toBe(allowed)
          const after = await d.privilegedRead('readers', target)
          if (allowed) {
            expect(after?.updatedAt).not.toBe(before?.updatedAt)
            if (field !== 'password') expect(after?.[field]).toBe(Object.values(change)[0])
          } else {
            expect(outcome.status).toBe(403)
            expect(after).toEqual(before)
          }
        })
      }
    }

    it("staff save a reader's other fields with the e-mail and verification sent back unchanged, as the admin's form does", async () => {
      for (const role of ['moderator', 'editor'] as const) {
        const target = await d.privilegedCreate('readers', newDocument('readers'))
        const before = await d.privilegedRead('readers', target)
        const outcome = await d.update(role, 'readers', target, {
          email: before?.email,
          _verified: before?._verified,
          trustLevel: 'trusted',
        })
        expect(outcome.ok, `${role}: status ${outcome.status}`).toBe(true)
        expect((await d.privilegedRead('readers', target))?.trustLevel).toBe('trusted')
      }
    })

    it('an author may not link their byline profile to another login', async () => {
      // The author's own byline profile (a login links to at most one): the demo's, or a new one.
      const authorId = String(d.userId('author'))
      let own: string | undefined
      for (const id of (await d.list('admin', 'authors')).ids) {
        if (idOf((await d.privilegedRead('authors', id))?.user as string | { id: string } | null) === authorId) own = id
      }
      own ??= await d.privilegedCreate('authors', { ...newDocument('authors'), user: authorId })
      const outcome = await d.update('author', 'authors', own, { roleTitle: 'Changed', user: d.userId('editor') })
      expect(outcome.ok, `status ${outcome.status}`).toBe(true)
      const after = await d.privilegedRead('authors', own)
      expect(after?.roleTitle).toBe('Changed')
      expect(idOf(after?.user as string | { id: string } | null)).toBe(authorId)
    })

    it('an author edits their own draft but not once it is published, and cannot publish', async () => {
      const own = await d.privilegedCreate('articles', newDocument('articles'), { draft: true, as: 'author' })
      expect((await d.update('author', 'articles', own, { kicker: 'Mine' })).ok).toBe(true)
      const publishing = await d.update('author', 'articles', own, { _status: 'published' })
      expect(publishing.ok).toBe(false)
      expect(publishing.status).toBe(403)
      expect((await d.privilegedRead('articles', own))?._status).toBe('draft')
    })

    it('staff edit their own login but cannot change their own role', async () => {
      for (const role of ['editor', 'author', 'moderator'] as const) {
        const self = d.userId(role)!
        const outcome = await d.update(role, 'users', self, { name: `Renamed ${role}`, role: 'admin' })
        expect(outcome.ok).toBe(true)
        const after = await d.privilegedRead('users', self)
        expect(after?.name).toBe(`Renamed ${role}`)
        expect(after?.role).toBe(role)
      }
    })
  })
}
