import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseUrl, loginAs, request } from '../http/helpers/client'
import { changeCommentSettings, newReader, quietStory } from './helpers/community'
import { bracketPairs, operatorCorpus, queryString, textCorpus } from './helpers/corpora'
import { unsafeMarkup } from './helpers/html'

/**
 * Hostile input from the corpora in tests/security/corpora, sent anonymously (as the internet would)
 * at every place a client can put text or structure: `where` values, operators and field names,
 * `sort`, `select`, `depth`, paging, search, the comment thread, GraphQL, comment bodies and names.
 * Every answer must be below 500, leak nothing hidden (values an admin can read, or the names of
 * hidden fields), and a time-based injection must not have slept. Afterwards nothing was written
 * but the comments the test posted itself.
 */
type Answer = { status: number; text: string; ms: number }
type Probe = { point: string; input: string; send: () => Promise<Answer>; check?: (answer: Answer) => string | undefined }
type Finding = { point: string; input: string; problem: string }

const sql = textCorpus('sql-injection')
const fts = textCorpus('fts-syntax')
const xss = textCorpus('xss')
const operators = operatorCorpus()

/** Names of fields no anonymous answer may carry. */
const HIDDEN_KEYS = [
  'salt',
  'hash',
  'resetPasswordToken',
  'resetPasswordExpiration',
  '_verificationToken',
  'sessions',
  'loginAttempts',
  'lockUntil',
  'guestEmail',
  'ipHash',
  'userAgent',
  'reportCount',
  'moderationReasons',
  'idempotencyKey',
  'idempotencyFingerprint',
]
/** Hidden fields of the public comments collection, for inference through `where` and `sort`. */
const HIDDEN_COMMENT_PATHS = [
  'guestEmail',
  'ipHash',
  'userAgent',
  'reportCount',
  'moderationReasons.code',
  'notice',
  'idempotencyKey',
  'author.email',
  'author.salt',
]

let hiddenValues: string[] = []
let article: { id: string; slug: string }
let countsBefore: Record<string, number>
let commentsPosted = 0
let tried = 0
const findings: Finding[] = []

async function send(path: string, init: RequestInit = {}): Promise<Answer> {
  const started = performance.now()
  const response = await fetch(`${baseUrl()}${path}`, init)
  const text = await response.text()
  return { status: response.status, text, ms: performance.now() - started }
}
const get = (path: string) => () => send(path)
const postJson =
  (path: string, body: unknown, headers: Record<string, string> = {}) =>
  () =>
    send(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) })

function leakIn(text: string): string | undefined {
  // As a JSON key: a search may echo a query's words ("salt") back as terms.
  const key = HIDDEN_KEYS.find((name) => text.includes(`"${name}":`))
  if (key) return `hidden field "${key}" in the answer`
  const value = hiddenValues.find((hidden) => text.includes(hidden))
  return value ? `hidden value ${value} in the answer` : undefined
}

/** Sends every probe (four at a time) and records what went wrong; returns how many were sent. */
async function run(probes: Probe[]): Promise<Finding[]> {
  const found: Finding[] = []
  let next = 0
  const worker = async () => {
    while (next < probes.length) {
      const probe = probes[next++]
      let answer: Answer
      try {
        answer = await probe.send()
      } catch (error) {
        found.push({ point: probe.point, input: probe.input, problem: `no answer: ${(error as Error).message}` })
        continue
      }
      const problems = [
        answer.status >= 500 ? `status ${answer.status}: ${answer.text.slice(0, 200)}` : undefined,
        leakIn(answer.text),
        /sleep|randomblob/i.test(probe.input) && answer.ms >= 5000 ? `took ${Math.round(answer.ms)} ms: the sleep may have run` : undefined,
        probe.check?.(answer),
      ].filter((problem): problem is string => !!problem)
      for (const problem of problems) found.push({ point: probe.point, input: probe.input, problem })
    }
  }
  await Promise.all([worker(), worker(), worker(), worker()])
  tried += probes.length
  findings.push(...found)
  return found
}

const probes = (point: string, inputs: string[], path: (input: string) => string, check?: Probe['check']): Probe[] =>
  inputs.map((input) => ({ point, input, send: get(path(input)), check }))
const enc = encodeURIComponent

async function counts(token: string): Promise<Record<string, number>> {
  const entries = await Promise.all(
    ['articles', 'users', 'readers', 'comments', 'media', 'sections', 'tags', 'authors'].map(async (collection) => {
      const response = await request<{ totalDocs: number }>(`/api/${collection}?limit=1&depth=0&draft=true`, { token })
      return [collection, response.body.totalDocs] as const
    }),
  )
  return Object.fromEntries(entries)
}

let adminToken: string
let moderatorToken: string

beforeAll(async () => {
  adminToken = await loginAs('admin')
  moderatorToken = await loginAs('moderator')
  // What must never show: every reader's and staff member's e-mail, and each comment's hidden values.
  const readers = await request<{ docs: { email: string }[] }>('/api/readers?limit=100&depth=0', { token: adminToken })
  const users = await request<{ docs: { email: string }[] }>('/api/users?limit=100&depth=0', { token: adminToken })
  const comments = await request<{ docs: { guestEmail?: string; ipHash?: string; userAgent?: string }[] }>(
    '/api/comments?limit=100&depth=0&where[ipHash][exists]=true',
    { token: adminToken },
  )
  hiddenValues = [
    ...readers.body.docs.map((doc) => doc.email),
    ...users.body.docs.map((doc) => doc.email),
    ...comments.body.docs.flatMap((doc) => [doc.guestEmail, doc.ipHash]),
  ].filter((value): value is string => typeof value === 'string' && value.length >= 8)
  expect(hiddenValues.length).toBeGreaterThan(5)
  article = await quietStory()
  countsBefore = await counts(adminToken)
})

afterAll(async () => {
  console.log(
    `hostile inputs: ${tried} tried, ${findings.filter((f) => f.problem.startsWith('status 5')).length} answered 5xx, ${findings.filter((f) => f.problem.startsWith('hidden')).length} leaks, ${findings.length} findings in all`,
  )
})

describe('hostile input over REST, anonymously', () => {
  it('where values (SQL, full-text syntax, XSS): no 5xx, no leak, no sleep', async () => {
    const values = [...sql, ...fts, ...xss]
    const found = await run([
      ...probes('where[title][equals]', values, (v) => `/api/articles?depth=0&where[title][equals]=${enc(v)}`),
      ...probes('where[title][like]', values, (v) => `/api/articles?depth=0&where[title][like]=${enc(v)}`),
      ...probes('where[body][like] (rich text JSON)', sql, (v) => `/api/articles?depth=0&where[body][like]=${enc(v)}`),
      ...probes('comments where[body][contains]', sql, (v) => `/api/comments?depth=0&where[body][contains]=${enc(v)}`),
    ])
    expect(found).toEqual([])
  })

  it('operator objects from document databases and prototype pollution in where: no 5xx, nothing revealed', async () => {
    const found = await run(
      operators.flatMap((operator) => {
        const input = JSON.stringify(operator)
        return [
          {
            point: 'where[title]=<object>',
            input,
            send: get(`/api/articles?depth=0&${queryString(bracketPairs('where[title]', operator))}`),
          },
          {
            point: 'where[status]=<object> on comments',
            input,
            send: get(`/api/comments?depth=0&${queryString(bracketPairs('where[status]', operator))}`),
          },
          { point: 'where=<object>', input, send: get(`/api/articles?depth=0&${queryString(bracketPairs('where', operator))}`) },
        ]
      }),
    )
    expect(found).toEqual([])
    // Nothing was polluted: an ordinary read still answers as before.
    expect((await request('/api/articles?limit=1&depth=0')).status).toBe(200)
  })

  it('field names in where, sort and select, and JSON paths into rich text: no 5xx, no leak', async () => {
    const names = [
      ...sql,
      ...textCorpus('path-traversal'),
      'body.root.children.0.text',
      "body.root'||'",
      'body.root.children[0]',
      '__proto__',
      'constructor.prototype',
    ]
    const found = await run([
      ...probes('where[<name>]', names, (v) => `/api/articles?depth=0&where[${enc(v)}][equals]=x`),
      ...probes('sort', names, (v) => `/api/articles?depth=0&sort=${enc(v)}`),
      ...probes('select[<name>]', names, (v) => `/api/articles?depth=0&select[${enc(v)}]=true`),
    ])
    expect(found).toEqual([])
  })

  it('depth, limit and page out of range or not numbers: no 5xx', async () => {
    const numbers = [
      '-1',
      '0',
      '99999',
      '1e309',
      'NaN',
      'Infinity',
      '1.5',
      '0x10',
      "1'",
      '1;DROP TABLE articles',
      '',
      '[]',
      '{}',
      '9007199254740993',
      '-0',
    ]
    const found = await run([
      ...probes('depth', numbers, (v) => `/api/articles?depth=${enc(v)}&limit=2`),
      ...probes('limit', numbers, (v) => `/api/articles?depth=0&limit=${enc(v)}`),
      ...probes('page', numbers, (v) => `/api/articles?depth=0&limit=2&page=${enc(v)}`),
    ])
    expect(found).toEqual([])
  })

  it('search q and filters (SQL, FTS syntax, XSS): no 5xx, and the search page never reflects markup', async () => {
    const reflected: Probe['check'] = (answer) => {
      const unsafe = unsafeMarkup(answer.text)
      return unsafe ? `unsafe markup on the search page: ${unsafe}` : undefined
    }
    const found = await run([
      ...probes('/api/search?q', [...sql, ...fts, ...xss], (v) => `/api/search?q=${enc(v)}`),
      ...probes('/api/search?section', sql, (v) => `/api/search?q=news&section=${enc(v)}`),
      ...probes('/search?q (page)', [...xss, ...fts.slice(0, 10)], (v) => `/search?q=${enc(v)}`, reflected),
    ])
    expect(found).toEqual([])
  })

  it('the comment thread: sort, cursor and limit (SQL, operators): no 5xx, no leak', async () => {
    const values = [...sql.slice(0, 20), '-1', '1e309', 'eyJ4IjoiJ09SMT0xIn0', '!!!', JSON.stringify({ $ne: 1 })]
    const found = await run([
      ...probes('thread sort', values, (v) => `/api/articles/${article.id}/comments?sort=${enc(v)}`),
      ...probes('thread cursor', values, (v) => `/api/articles/${article.id}/comments?cursor=${enc(v)}`),
      ...probes('thread limit', values, (v) => `/api/articles/${article.id}/comments?limit=${enc(v)}`),
      ...probes('thread id', sql.slice(0, 15), (v) => `/api/articles/${enc(v)}/comments`),
    ])
    expect(found).toEqual([])
  })
})

describe('inference through where and sort on hidden fields, anonymously', () => {
  const total = async (query: string) => {
    const response = await request<{ totalDocs?: number; docs?: { id: string }[] }>(`/api/comments?depth=0&limit=100&${query}`)
    return { status: response.status, totalDocs: response.body.totalDocs, ids: response.body.docs?.map((doc) => doc.id) }
  }

  it.each(HIDDEN_COMMENT_PATHS)('%s: filtering on it narrows nothing', async (field) => {
    const all = await total('')
    for (const query of [
      `where[${field}][exists]=true`,
      `where[${field}][exists]=false`,
      `where[${field}][like]=a`,
      `where[${field}][equals]=x`,
    ]) {
      const filtered = await total(query)
      tried += 1
      // Refused (the path cannot be queried) or ignored; either way it tells nothing.
      if (filtered.status < 400) expect(filtered.totalDocs, query).toBe(all.totalDocs)
      else expect(filtered.status, query).toBeLessThan(500)
    }
  })

  it.each(HIDDEN_COMMENT_PATHS)('%s: sorting on it orders nothing', async (field) => {
    const up = await total(`sort=${field}`)
    const down = await total(`sort=-${field}`)
    tried += 2
    if (up.status < 400 && down.status < 400) expect(up.ids).toEqual(down.ids)
    else expect(Math.max(up.status, down.status)).toBeLessThan(500)
  })
})

describe('hostile input over GraphQL, anonymously', () => {
  it('where and sort values as variables and inline strings: no 5xx, no leak', async () => {
    const values = [...sql, ...fts.slice(0, 15), ...xss.slice(0, 10)]
    const query = 'query ($v: String, $s: String) { Articles(where: { title: { like: $v } }, sort: $s, limit: 2) { docs { id title } } }'
    const viaGraphql = (body: unknown) => postJson('/api/graphql', body)
    const found = await run([
      ...values.map((v) => ({ point: 'GraphQL where variable', input: v, send: viaGraphql({ query, variables: { v } }) })),
      ...sql.map((v) => ({ point: 'GraphQL sort variable', input: v, send: viaGraphql({ query, variables: { v: 'a', s: v } }) })),
      ...sql.map((v) => ({
        point: 'GraphQL inline string',
        input: v,
        send: viaGraphql({ query: `{ Articles(where: { slug: { equals: ${JSON.stringify(v)} } }) { docs { id } } }` }),
      })),
      ...HIDDEN_KEYS.map((key) => ({
        point: 'GraphQL hidden field selected',
        input: key,
        send: viaGraphql({ query: `{ Readers { docs { id ${key} } } }` }),
      })),
    ])
    expect(found).toEqual([])
  })

  it('depth, alias and batch bombs: refused or answered within bounds, never a 5xx', async () => {
    const nested = (levels: number) => `{ Comments(limit: 1) { docs { ${'parent { '.repeat(levels)}id${' }'.repeat(levels)} } } }`
    const aliases = (count: number) =>
      `{ ${Array.from({ length: count }, (_, i) => `a${i}: Articles(limit: 100) { docs { id title } }`).join(' ')} }`
    const fragments = `query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }`
    const bounded: Probe['check'] = (answer) => (answer.ms > 10_000 ? `took ${Math.round(answer.ms)} ms` : undefined)
    const found = await run(
      [
        ['depth 40 through parent comments', { query: nested(40) }],
        ['1,000 aliases of a 100-row list', { query: aliases(1000) }],
        ['fragment cycle', { query: fragments }],
        ['a batch of 100 queries', Array.from({ length: 100 }, () => ({ query: '{ Articles(limit: 100) { docs { id title } } }' }))],
        [
          'a 200-level nested where',
          { query: `{ Articles(where: ${'{ or: ['.repeat(200)}{ title: { equals: "x" } }${'] }'.repeat(200)}) { docs { id } } }` },
        ],
      ].map(([input, body]) => ({ point: 'GraphQL bomb', input: String(input), send: postJson('/api/graphql', body), check: bounded })),
    )
    expect(found).toEqual([])
  })
})

describe('oversized and deeply nested bodies', () => {
  it('a 10 MB JSON body, a 10,000-level nested one and 5,000 where clauses: clear 4xx, nothing written', async () => {
    const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`
    const huge = JSON.stringify({ article: article.id, body: 'x'.repeat(10 * 1024 * 1024), formShownAt: new Date().toISOString() })
    const manyOr = queryString(Array.from({ length: 5000 }, (_, i) => [`where[or][${i}][title][equals]`, `t${i}`] as [string, string]))
    const expect4xx: Probe['check'] = (answer) =>
      answer.status >= 400 && answer.status < 500 ? undefined : `status ${answer.status}, expected a 4xx`
    const found = await run([
      {
        point: 'body',
        input: '10 MB comment',
        send: () => send('/api/comments', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: huge }),
        check: expect4xx,
      },
      {
        point: 'body',
        input: '10,000-level JSON to comments',
        send: () => send('/api/comments', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: deep }),
        check: expect4xx,
      },
      {
        point: 'body',
        input: '10,000-level JSON to GraphQL',
        send: () => send('/api/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: deep }),
        check: expect4xx,
      },
      { point: 'query string', input: '5,000 or-clauses', send: get(`/api/articles?depth=0&${manyOr}`) },
    ])
    expect(found).toEqual([])
  })
})

describe('stored XSS in what readers write', () => {
  let readerToken: string
  let restoreSettings: () => Promise<void>
  const posted: string[] = []

  beforeAll(async () => {
    readerToken = (await newReader('Hostile input probe')).token
    restoreSettings = await changeCommentSettings({
      mode: 'post',
      guestsAllowed: true,
      readerRateLimit: { max: 0, windowSeconds: 60 },
      ipRateLimit: { max: 0, windowSeconds: 60 },
    })
  })

  afterAll(async () => {
    await restoreSettings()
  })

  it('comment bodies and guest names are stored as text and come back as safe HTML', async () => {
    const formShownAt = new Date(Date.now() - 60_000).toISOString()
    // From an address of their own (the server trusts a loopback proxy's X-Forwarded-For), so these
    // comments do not fill the per-address comment limit of the files that post after this one.
    const elsewhere = { 'X-Forwarded-For': `198.51.100.${1 + Math.floor(Math.random() * 250)}` }
    const record: Probe['check'] = (answer) => {
      if (answer.status !== 201) return undefined
      const comment = (JSON.parse(answer.text) as { comment?: { id: string; html: string } }).comment
      if (!comment) return undefined
      posted.push(comment.id)
      commentsPosted += 1
      const unsafe = unsafeMarkup(comment.html, { fragment: true })
      return unsafe ? `unsafe comment HTML: ${unsafe}` : undefined
    }
    const found = await run([
      ...xss.map((body) => ({
        point: 'comment body (reader)',
        input: body,
        send: postJson(
          '/api/comments',
          { article: article.id, body: `${body} ${Math.random()}`, formShownAt },
          { Authorization: `JWT ${readerToken}`, ...elsewhere },
        ),
        check: record,
      })),
      ...xss.slice(0, 15).map((name) => ({
        point: 'guest name',
        input: name,
        send: postJson(
          '/api/comments',
          {
            article: article.id,
            body: `A guest's thoughts ${Math.random()}`,
            guestName: name.slice(0, 60),
            guestEmail: `guest-${Math.random().toString(36).slice(2)}@example.test`,
            formShownAt,
          },
          elsewhere,
        ),
        check: record,
      })),
    ])
    expect(found).toEqual([])
    expect(posted.length).toBeGreaterThan(20)
  })

  it('shows the approved ones on the article page and its thread API without markup that could run', async () => {
    const approve = await request('/api/comments/moderate', {
      method: 'POST',
      token: moderatorToken,
      json: { ids: posted, action: 'approve' },
    })
    expect(approve.status).toBe(200)
    const thread = await request<{ comments: { html: string; author: { displayName: string } | null }[] }>(
      `/api/articles/${article.id}/comments?limit=100&sort=newest`,
    )
    expect(thread.status).toBe(200)
    for (const comment of thread.body.comments) expect(unsafeMarkup(comment.html, { fragment: true }), comment.html).toBeUndefined()
    const page = await send(`/articles/${article.slug}`)
    expect(page.status).toBe(200)
    expect(unsafeMarkup(page.text)).toBeUndefined()
    tried += 2
  })
})

describe('nothing was written', () => {
  it('counts every collection as before, but for the comments this file posted', async () => {
    // (and the one reader account it signed up)
    expect(await counts(adminToken)).toEqual({
      ...countsBefore,
      comments: countsBefore.comments + commentsPosted,
      readers: countsBefore.readers + 1,
    })
    expect(tried).toBeGreaterThanOrEqual(200)
  })
})
