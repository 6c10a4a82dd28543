import { describe, expect, it } from 'vitest'

import { explainError, explainWriteBody } from '@/lib/requests/explain-error'
import { isValidId } from '@/lib/requests/id-format'
import { checkPaging, idComparisons, MAX_LIMIT, MAX_PAGE } from '@/lib/requests/read-limits'
import { collectReferences, type FieldShape } from '@/lib/requests/references'

describe('isValidId', () => {
  it('knows UUIDs and ObjectIds apart', () => {
    expect(isValidId('9e48920c-a51f-4e2c-b550-254d0a2e89a9', 'uuid')).toBe(true)
    expect(isValidId('507f1f77bcf86cd799439011', 'objectid')).toBe(true)
    expect(isValidId('507f1f77bcf86cd799439011', 'uuid')).toBe(false)
    for (const bad of ['abc', '', ' 9e48920c-a51f-4e2c-b550-254d0a2e89a9', "1' OR '1'='1", 42, null, { $ne: 1 }]) {
      expect(isValidId(bad, 'uuid')).toBe(false)
      expect(isValidId(bad, 'objectid')).toBe(false)
    }
  })
})

describe('checkPaging', () => {
  it('accepts missing and in-range values, as numbers or strings', () => {
    expect(checkPaging({})).toBeUndefined()
    expect(checkPaging({ page: '3', limit: '25' })).toBeUndefined()
    expect(checkPaging({ page: MAX_PAGE, limit: 0 })).toBeUndefined()
  })

  it.each([
    [{ page: 0 }, 'page'],
    [{ page: '99999999999999999999' }, 'page'],
    [{ page: 1.5 }, 'page'],
    [{ page: 'two' }, 'page'],
    [{ limit: -5 }, 'limit'],
    [{ limit: MAX_LIMIT + 1 }, 'limit'],
    [{ limit: 'all' }, 'limit'],
  ])('refuses %o, naming %s', (args, parameter) => {
    expect(checkPaging(args)?.parameter).toBe(parameter)
  })
})

describe('idComparisons', () => {
  const idFields = new Set(['section'])

  it('finds IDs compared directly, through relationships and inside and/or', () => {
    const where = {
      id: { in: 'a,b' },
      section: { equals: 'c' },
      title: { equals: 'not an id' },
      or: [{ 'section.id': { not_equals: 'd' } }, { and: [{ id: { not_in: ['e'] } }] }],
    }
    expect(idComparisons(where, idFields).map(({ path, value }) => `${path}=${String(value)}`)).toEqual([
      'where[id][in]=a',
      'where[id][in]=b',
      'where[section][equals]=c',
      'where[or][0][section.id][not_equals]=d',
      'where[or][1][and][0][id][not_in]=e',
    ])
  })

  it('ignores other operators, nulls and garbage', () => {
    expect(idComparisons({ id: { exists: true, equals: null } }, idFields)).toEqual([])
    expect(idComparisons('id=1', idFields)).toEqual([])
    expect(idComparisons(null, idFields)).toEqual([])
  })
})

describe('collectReferences', () => {
  const fields: FieldShape[] = [
    { type: 'text', name: 'title' },
    { type: 'relationship', name: 'authors', relationTo: 'authors', hasMany: true },
    { type: 'group', name: 'hero', fields: [{ type: 'upload', name: 'image', relationTo: 'media' }] },
    {
      type: 'tabs',
      tabs: [
        { fields: [{ type: 'relationship', name: 'section', relationTo: 'sections' }] },
        { name: 'meta', fields: [{ type: 'upload', name: 'image', relationTo: 'media' }] },
      ],
    },
    { type: 'row', fields: [{ type: 'relationship', name: 'to', relationTo: ['articles', 'pages'] }] },
    { type: 'array', name: 'gallery', fields: [{ type: 'upload', name: 'photo', relationTo: 'media' }] },
  ]

  it('walks groups, tabs, rows and arrays, with the path an error should name', () => {
    const data = {
      title: 'x',
      authors: ['a1', { id: 'a2', name: 'populated' }],
      hero: { image: 'm1' },
      section: 's1',
      meta: { image: null },
      to: { relationTo: 'articles', value: 'r1' },
      gallery: [{ photo: 'm2' }, { photo: undefined }],
    }
    expect(collectReferences(fields, data)).toEqual([
      { path: 'authors.0', relationTo: 'authors', id: 'a1' },
      { path: 'authors.1', relationTo: 'authors', id: 'a2' },
      { path: 'hero.image', relationTo: 'media', id: 'm1' },
      { path: 'section', relationTo: 'sections', id: 's1' },
      { path: 'to', relationTo: 'articles', id: 'r1' },
      { path: 'gallery.0.photo', relationTo: 'media', id: 'm2' },
    ])
  })

  it('turns non-string IDs into text so they are refused, not passed on', () => {
    expect(collectReferences(fields, { authors: [{ $gt: '' }] })).toEqual([{ path: 'authors.0', relationTo: 'authors', id: 'null' }])
    expect(collectReferences(fields, { section: 42 })).toEqual([{ path: 'section', relationTo: 'sections', id: '42' }])
  })

  it('ignores fields the data does not mention', () => {
    expect(collectReferences(fields, { title: 'only a title' })).toEqual([])
    expect(collectReferences(fields, undefined)).toEqual([])
  })
})

describe('explainWriteBody', () => {
  it('explains a write whose JSON body is not an object, and nothing else', () => {
    for (const body of [false, 1, 'text', null, []]) expect(explainWriteBody('POST', body)?.status).toBe(400)
    expect(explainWriteBody('PATCH', { title: 'x' })).toBeUndefined()
    expect(explainWriteBody('POST', undefined)).toBeUndefined()
    expect(explainWriteBody('GET', false)).toBeUndefined()
  })
})

describe('explainError', () => {
  it('explains malformed JSON', () => {
    expect(explainError(new SyntaxError('Unexpected end of JSON input'))?.status).toBe(400)
    expect(explainError(Object.assign(new Error('Invalid JSON'), { status: 400 }))?.message).toMatch(/not valid JSON/)
    // new Date('t').toISOString(), where a date field was sent text that is no date.
    expect(explainError(new RangeError('Invalid time value'))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/not a valid date/),
    })
    expect(explainError(new RangeError('Maximum call stack size exceeded'))).toBeUndefined()
    // Over GraphQL the hook gets GraphQL's error, with the resolver's as originalError.
    const overGraphql = Object.assign(new Error('Invalid time value'), { originalError: new RangeError('Invalid time value') })
    expect(explainError(overGraphql)).toMatchObject({ status: 400 })
  })

  it('explains database type, reference and uniqueness errors found anywhere in the cause chain', () => {
    const wrapped = (code: string | number) =>
      Object.assign(new Error('Failed query: select …'), { cause: Object.assign(new Error('db'), { code }) })
    expect(explainError(wrapped('22P02'))).toMatchObject({ status: 400 })
    expect(explainError(wrapped('SQLITE_CONSTRAINT_FOREIGNKEY'))).toMatchObject({ status: 400 })
    expect(explainError(wrapped('23505'))).toMatchObject({ status: 409 })
    expect(explainError(wrapped(11000))).toMatchObject({ status: 409 })
  })

  it('answers a database that is down or restarting with 503, wherever in the chain it shows', () => {
    const wrapped = (cause: object) => Object.assign(new Error('Failed query: select 1'), { cause })
    for (const cause of [
      { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:5432' },
      { code: '57P01', message: 'terminating connection due to administrator command' },
      { code: '08006', message: 'connection failure' },
      { message: 'Connection terminated unexpectedly' },
      { message: 'timeout exceeded when trying to connect' },
      { message: 'cannot begin transaction: the database system is shutting down' },
      { code: 'SQLITE_BUSY', message: 'database is locked' },
      { name: 'MongoServerSelectionError', message: 'Server selection timed out' },
    ]) {
      expect(explainError(wrapped(cause)), JSON.stringify(cause)).toMatchObject({
        status: 503,
        message: expect.stringMatching(/Retry-After/),
      })
    }
  })

  it('answers a transaction that could not begin with 503, in the shape Payload really throws it', () => {
    // @payloadcms/drizzle beginTransaction: a top-level Error, no cause, no code. drizzle-orm's
    // DrizzleQueryError for a failed BEGIN reads "Failed query: begin\nparams: ", the 57P01 or
    // "Connection terminated unexpectedly" it wrapped is gone.
    for (const message of [
      'Error: cannot begin transaction: Failed query: begin\nparams: ',
      'Error: cannot begin transaction: the database system is shutting down',
    ]) {
      expect(explainError(new Error(message)), message).toMatchObject({ status: 503, message: expect.stringMatching(/Retry-After/) })
    }
  })

  it('answers a failing media store (any AWS SDK error, network or service) as storage, not the database', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9000'), { code: 'ECONNREFUSED', $metadata: { attempts: 2 } })
    const slowDown = Object.assign(new Error('Please reduce your request rate.'), { name: 'SlowDown', $metadata: { httpStatusCode: 503 } })
    for (const error of [refused, slowDown, Object.assign(new Error('upload failed'), { cause: refused })]) {
      expect(explainError(error)).toMatchObject({
        status: 503,
        message: expect.stringMatching(/^Media storage is unavailable.*Retry-After/),
      })
    }
  })

  it('never explains what it does not recognise, and never repeats the SQL', () => {
    expect(explainError(new Error('connection refused'))).toBeUndefined()
    expect(explainError(Object.assign(new Error('x'), { cause: { code: '22P02' } }))?.message).not.toMatch(/select/i)
    expect(explainError(undefined)).toBeUndefined()
  })
})
