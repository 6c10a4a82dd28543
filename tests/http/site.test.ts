import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { verifyWebhook } from '@/comments/domain'
import { articles as demoArticles } from '@/seed/content/demo-content'
import { DEMO_PASSWORD } from '@/seed/demo-logins'
import { baseUrl, expectStatus, loginAs, request } from './helpers/client'
import { onPostgresLeg, startSecondProcess, type StartedServer } from './helpers/server'
import { PURGE_SECRET, receivedWebhooks } from './helpers/webhook-sink'
import { newReader } from '../security/helpers/community'

/**
 * The reader site over real HTTP, and its cache: every page type renders, old slugs redirect, and
 * the edge cache serves anonymous readers from memory while a change is visible on the next request.
 */
type Doc = {
  id: string
  slug: string
  title: string
  dek: string
  section: { slug: string } | string
  tags?: { slug: string }[]
  authors?: { slug: string }[]
}

/** The demo's lead story: hero with caption and credit, tags, a comment thread, four related stories. */
const LEAD_SLUG = 'container-ship-aground-halden-sound-channel-closed'

const page = (path: string, headers: Record<string, string> = {}) => fetch(`${baseUrl()}${path}`, { headers, redirect: 'manual' })

let editor: string
let moderator: string
let lead: Doc
let other: Doc

beforeAll(async () => {
  editor = await loginAs('editor')
  moderator = await loginAs('moderator')
  // Two demo stories by slug: other test files publish stories of their own (without tags or captions)
  // and may run first.
  const bySlug = async (slug: string) => (await request<{ docs: Doc[] }>(`/api/articles?depth=1&where[slug][equals]=${slug}`)).body.docs[0]
  lead = await bySlug(LEAD_SLUG)
  other = await bySlug(demoArticles.find((article) => article.slug !== LEAD_SLUG && article.tags.length > 0)!.slug)
})

describe('reader pages', () => {
  it('render every page type as HTML that reads without JavaScript', async () => {
    const section = typeof lead.section === 'object' ? lead.section.slug : ''
    const pages: [string, RegExp][] = [
      ['/', /<h2[^>]*>Latest<\/h2>/],
      [`/articles/${lead.slug}`, /id="article-title"/],
      [`/sections/${section}`, /<h1>/],
      [`/tags/${lead.tags?.[0]?.slug}`, /<h1>/],
      [`/authors/${lead.authors?.[0]?.slug}`, /<h1>/],
      ['/search?q=harbour', /stor(y|ies) match/],
    ]
    for (const [path, marker] of pages) {
      const response = await page(path)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('content-type'), path).toMatch(/^text\/html/)
      const html = await response.text()
      expect(html, path).toMatch(marker)
      expect(html, path).toContain('<main id="content">')
      expect(html, path).toContain('role="search"')
    }
  })

  it('shows every story card of the home, section, tag and author pages with its picture, alt text and size', async () => {
    const section = typeof lead.section === 'object' ? lead.section.slug : ''
    for (const path of ['/', `/sections/${section}`, `/tags/${lead.tags?.[0]?.slug}`, `/authors/${lead.authors?.[0]?.slug}`]) {
      const html = await (await page(path)).text()
      // The demo gives every story of its own a hero image (other files publish bare ones), so each of its cards shows one.
      const cards = (html.match(/<article class="story[^"]*">[\s\S]*?<\/article>/g) ?? []).filter((card) =>
        demoArticles.some((article) => card.includes(`href="/articles/${article.slug}"`)),
      )
      expect(cards.length, path).toBeGreaterThan(0)
      for (const card of cards) {
        const image = card.match(/<img [^>]*>/)?.[0] ?? ''
        expect(image, `${path}: ${card.slice(0, 200)}`).toMatch(/ src="[^"]*\/api\/media\/file\/[^"]+"/)
        expect(image, path).toMatch(/ alt="[^"]+"/)
        expect(image, path).toMatch(/ width="\d+"/)
        expect(image, path).toMatch(/ height="\d+"/)
      }
    }
  })

  it('describes the front page and every article to search engines and sharing: JSON-LD with a logo, og:url and og:image', async () => {
    const jsonLd = (html: string) =>
      [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]))
    const home = await (await page('/')).text()
    const [site] = jsonLd(home)
    expect(site).toMatchObject({
      '@type': 'WebSite',
      url: `${baseUrl()}/`,
      publisher: { '@type': 'NewsMediaOrganization', logo: { url: expect.stringMatching(/^https?:\/\//) } },
      potentialAction: { '@type': 'SearchAction', target: { urlTemplate: `${baseUrl()}/search?q={search_term_string}` } },
    })
    expect(home).toMatch(new RegExp(`<meta property="og:url" content="${baseUrl()}/?"`))
    expect(home).toMatch(/<meta property="og:site_name" content="[^"]+"/)
    expect(home).toMatch(/<meta property="og:image" content="[^"]+\/api\/media\/file\/[^"]+"/)
    expect(home).toMatch(/<meta name="twitter:card" content="summary_large_image"/)
    expect(home).toMatch(/<meta name="twitter:image" content="[^"]+"/)

    const [article] = jsonLd(await (await page(`/articles/${lead.slug}`)).text())
    expect(article).toMatchObject({ '@type': 'NewsArticle', publisher: { logo: { url: expect.stringMatching(/^https?:\/\//) } } })
    const logo = await fetch(article.publisher.logo.url)
    expect(logo.status).toBe(200)
    expect(logo.headers.get('content-type')).toMatch(/^image\//)
  })

  it('ends the article with the author box and the stories before and after it in its section', async () => {
    const html = await (await page(`/articles/${lead.slug}`)).text()
    const box = html.match(/<section class="author-box"[\s\S]*?<\/section>/)?.[0] ?? ''
    const author = (
      await request<{ docs: { name: string; slug: string; bio: string }[] }>(`/api/authors?where[slug][equals]=${lead.authors?.[0]?.slug}`)
    ).body.docs[0]
    expect(box).toContain(`href="/authors/${author.slug}"`)
    expect(author.bio, 'the demo authors have bios').toBeTruthy()
    expect(box).toContain(author.bio.slice(0, 40).replace(/&/g, '&amp;').replace(/'/g, '&#x27;').replace(/"/g, '&quot;'))
    const neighbours = html.match(/<nav class="story-neighbours"[\s\S]*?<\/nav>/)?.[0] ?? ''
    const linked = [...neighbours.matchAll(/href="\/articles\/([^"]+)" rel="(prev|next)"/g)].map((match) => ({
      slug: match[1],
      rel: match[2],
    }))
    expect(linked.length).toBeGreaterThan(0)
    const section = typeof lead.section === 'object' ? lead.section.slug : ''
    const when = async (slug: string) =>
      (
        await request<{ docs: { firstPublishedAt: string; section: { slug: string } }[] }>(
          `/api/articles?depth=1&where[slug][equals]=${slug}`,
        )
      ).body.docs[0]
    const leadWhen = Date.parse((await when(lead.slug)).firstPublishedAt)
    for (const { slug, rel } of linked) {
      const other = await when(slug)
      expect(other.section.slug, slug).toBe(section)
      if (rel === 'prev') expect(Date.parse(other.firstPublishedAt)).toBeLessThan(leadWhen)
      else expect(Date.parse(other.firstPublishedAt)).toBeGreaterThan(leadWhen)
    }
  })

  it('gives the article its reading time and share links that load nothing from the networks', async () => {
    const html = await (await page(`/articles/${lead.slug}`)).text()
    expect(html).toMatch(/<span class="reading-time">\d+(<!-- -->)? min read<\/span>/)
    const share = html.match(/<nav class="share" aria-label="Share this story">[\s\S]*?<\/nav>/)?.[0] ?? ''
    const hrefs = [...share.matchAll(/href="([^"]+)"/g)].map((match) => match[1].replace(/&amp;/g, '&'))
    expect(hrefs.length).toBeGreaterThanOrEqual(5)
    expect(hrefs.some((href) => href.startsWith('mailto:'))).toBe(true)
    const own = encodeURIComponent(`${baseUrl()}/articles/${lead.slug}`)
    for (const href of hrefs) expect(href, href).toContain(own)
    expect(html).not.toMatch(/<script[^>]+src="https?:\/\/(?!127\.0\.0\.1|localhost)/)
  })

  it('shows the article page the newsroom expects: byline, hero with caption, comments, four related stories, about, social links', async () => {
    const html = await (await page(`/articles/${lead.slug}`)).text()
    expect(html).toContain(lead.title.replaceAll('&', '&amp;'))
    expect(html).toMatch(/class="byline"/)
    expect(html).toMatch(/<figure class="hero"><img[^>]+alt="[^"]+"/)
    expect(html).toMatch(/<figcaption>/)
    expect(html).toContain('Click to comment')
    expect(html).toMatch(/id="comments-heading">\d+/)
    expect(html).toContain('You may also like')
    expect((html.match(/<section class="related"[\s\S]*?<\/section>/)?.[0].match(/<li>/g) ?? []).length).toBe(4)
    expect(html).toContain('Connect with us')
    expect(html).toMatch(/id="about-heading">About /)
    expect(html).toContain('"@type":"NewsArticle"')
    expect(html).toMatch(/<link rel="canonical" href="[^"]+\/articles\//)
    expect(html).toMatch(/<meta property="og:image"/)
    expect(html).toMatch(/<meta name="twitter:card" content="summary_large_image"/)
  })

  it('answers 404 for what does not exist, with a way on', async () => {
    for (const path of ['/articles/no-such-story', '/sections/no-such-section', '/tags/nope', '/authors/nobody', '/no/such/page']) {
      const response = await page(path)
      expect(response.status, path).toBe(404)
      // The whole page in the HTML, not Next's empty shell that only its script fills in.
      const html = await response.text()
      expect(html, path).not.toContain('__next_error__')
      expect(html, path).toMatch(/<html lang="en"/)
      expect(html, path).toMatch(/<title>Page not found · [^<]+<\/title>/)
      expect(html, path).toContain('<h1>Page not found</h1>')
      expect(html, path).toMatch(/<form[^>]+role="search"/)
      expect(response.headers.get('cache-control'), path).toBe('no-store')
    }
    // The API's 404s stay its own JSON.
    const api = await page('/api/articles/no-such-story')
    expect(api.status).toBe(404)
    expect(api.headers.get('content-type')).toMatch(/^application\/json/)
    // A page of a list past its last one is not an empty 200 that search engines would keep.
    const section = typeof lead.section === 'object' ? lead.section.slug : ''
    for (const list of [`/sections/${section}`, `/tags/${lead.tags?.[0]?.slug}`, `/authors/${lead.authors?.[0]?.slug}`]) {
      expect((await page(`${list}?page=1`)).status, list).toBe(200)
      const past = await page(`${list}?page=999`)
      expect(past.status, list).toBe(404)
      expect(await past.text(), list).toContain('<h1>Page not found</h1>')
    }
  })

  it("ranks the week's most commented stories on the front page", async () => {
    const html = await (await page('/')).text()
    const block = html.match(/<section aria-labelledby="most-commented-heading"[\s\S]*?<\/section>/)?.[0] ?? ''
    const counts = [...block.matchAll(/class="comment-count">(\d+) comments?</g)].map((match) => Number(match[1]))
    // The demo's stories have comments; the list is at most five, most commented first.
    expect(counts.length).toBeGreaterThan(0)
    expect(counts.length).toBeLessThanOrEqual(5)
    expect(counts.every((count) => count > 0)).toBe(true)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
  })

  it("sends reader pages without Next's JavaScript (articles get their islands bundle), and keeps their structured data", async () => {
    const section = typeof lead.section === 'object' ? lead.section.slug : ''
    const scriptFree = [
      '/',
      `/sections/${section}`,
      `/tags/${lead.tags?.[0]?.slug}`,
      '/search?q=harbour',
      '/account/sign-in',
      '/no-such-page',
    ]
    for (const path of scriptFree) {
      // Twice: the render, then the cache's copy of it.
      for (const round of ['render', 'cached']) {
        const html = await (await page(path)).text()
        const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0])
        expect(
          scripts.filter((tag) => !tag.includes('application/ld+json')),
          `${path} (${round})`,
        ).toEqual([])
        expect(html, path).not.toMatch(/as="script"|modulepreload/)
      }
    }
    expect(await (await page('/')).text()).toContain('<script type="application/ld+json">')
    // An article's islands (comments, inline feedback, relative dates) come from their own bundle
    // (src/site/islands/entry.tsx), without Next's runtime; the comments block, which React streams
    // out of line, is in place without script.
    for (const round of ['render', 'cached']) {
      const html = await (await page(`/articles/${lead.slug}`)).text()
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]).filter((tag) => !tag.includes('application/ld+json'))
      expect(scripts, round).toEqual([
        expect.stringMatching(/^<script type="module" src="\/_next\/static\/islands\/entry-[\w]+\.js"[^>]* data-islands=""/),
      ])
      expect(html, round).not.toMatch(/_next\/static\/chunks\/[^"]+\.js|__next_f|hidden id="S:/)
      expect(html, round).toMatch(/<!--\$--><section id="comments"/)
    }
    // A draft preview keeps Next's runtime (live preview needs its router); the page then leaves the
    // islands to it, and its copy is never cached.
    const preview = await (await page(`/articles/${lead.slug}`, { cookie: '__prerender_bypass=not-a-real-one' })).text()
    expect(preview).toMatch(/<script src="\/_next\/static\/chunks\//)
  })

  it('shows a bad search as a message, not an error', async () => {
    const response = await page(`/search?q=${encodeURIComponent('?! --')}`)
    expect(response.status).toBe(200)
    expect(await response.text()).toMatch(/role="alert"/)
  })
})

describe('draft preview', () => {
  it('shows a signed-in editor the latest draft, and everyone else the published story', async () => {
    const path = `/articles/${lead.slug}`
    expect((await page(`/next/preview?path=${encodeURIComponent(path)}`)).status).toBe(403)
    expect((await page('/next/preview?path=https://evil.example/', { authorization: `JWT ${editor}` })).status).toBe(400)
    const draftTitle = `${lead.title} (draft ${Date.now()})`
    expect(
      (await request(`/api/articles/${lead.id}?draft=true`, { method: 'PATCH', token: editor, json: { title: draftTitle } })).status,
    ).toBe(200)
    try {
      const entered = await page(`/next/preview?path=${encodeURIComponent(path)}`, { authorization: `JWT ${editor}` })
      expect(entered.status).toBe(307)
      expect(entered.headers.get('location')).toBe(path)
      const bypass = entered.headers
        .getSetCookie()
        .find((cookie) => cookie.startsWith('__prerender_bypass='))!
        .split(';')[0]
      // A browser following the redirect says it is a same-origin navigation; Payload's CSRF rule wants that for a cookie login.
      const preview = await page(path, { cookie: `${bypass}; payload-token=${editor}`, 'sec-fetch-site': 'same-origin' })
      expect(preview.headers.get('cache-control')).toMatch(/private|no-store/)
      expect(await preview.text()).toContain(draftTitle)
      // The draft mode cookie alone (no staff login) shows nothing unpublished.
      expect(await (await page(path, { cookie: bypass })).text()).not.toContain(draftTitle)
      expect(await (await page(path)).text()).not.toContain(draftTitle)
    } finally {
      // Publishing the original title again makes it the latest version too. Later files count
      // published stories, and a draft left over this one would fail them far from here.
      expectStatus(
        await request(`/api/articles/${lead.id}`, { method: 'PATCH', token: editor, json: { title: lead.title, _status: 'published' } }),
        200,
      )
    }
  })
})

describe('links from our e-mails', () => {
  it('answer a browser with a readable page, errors included, and API clients with JSON', async () => {
    const html = await page('/api/comment-subscriptions/confirm?token=nonsense', { accept: 'text/html,application/xhtml+xml' })
    expect(html.status).toBe(400)
    expect(html.headers.get('content-type')).toMatch(/^text\/html/)
    expect(html.headers.get('cache-control')).toBe('private, no-store')
    expect(await html.text()).toMatch(/<h1>Comment notifications<\/h1><p class="bad">/)
    const json = await page('/api/comment-subscriptions/confirm?token=nonsense')
    expect(json.status).toBe(400)
    expect(json.headers.get('content-type')).toMatch(/json/)
  })
})

describe('old slugs', () => {
  it('redirect with 301 to where the story lives now', async () => {
    const oldSlug = other.slug
    const newSlug = `${oldSlug}-renamed`
    expect((await request(`/api/articles/${other.id}`, { method: 'PATCH', token: editor, json: { slug: newSlug } })).status).toBe(200)
    try {
      const moved = await page(`/articles/${oldSlug}`)
      expect(moved.status).toBe(301)
      expect(moved.headers.get('location')).toMatch(new RegExp(`/articles/${newSlug}$`))
      expect((await page(`/articles/${newSlug}`)).status).toBe(200)
    } finally {
      expectStatus(await request(`/api/articles/${other.id}`, { method: 'PATCH', token: editor, json: { slug: oldSlug } }), 200)
    }
    expect((await page(`/articles/${oldSlug}`)).status).toBe(200)
  })
})

describe('HTTP caching', () => {
  const path = () => `/articles/${lead.slug}`

  /**
   * Background work left by earlier tests (the related-stories and search jobs after the slug edits
   * above) purges what pages show, and a purge landing during a render drops that copy: waits until
   * a page's copy survives, so the tests below see the cache, not that noise.
   */
  async function untilCached(target: string): Promise<void> {
    for (let tries = 0; tries < 40; tries++) {
      await page(target)
      if ((await page(target)).headers.get('x-cache') === 'HIT') return
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    throw new Error(`${target} was never served from the cache`)
  }

  /** Purges this process has heard of: a copy may change between two reads only if this grew. */
  const purges = async () => ((await (await fetch(`${baseUrl()}/healthz`)).json()) as { pageCache: { purges: number } }).pageCache.purges

  it('serves anonymous readers from the cache with an ETag, and 304 when it still matches', async () => {
    await untilCached(path())
    const hit = await page(path())
    expect(hit.headers.get('x-cache')).toBe('HIT')
    // Hits are answered before Express, with the headers its middleware gives every other response.
    const rendered = await page(path(), { authorization: 'JWT not-a-login' })
    // (Each render has its own script nonce: tests/security/headers.test.ts checks that a hit keeps its page's.)
    const security = (response: Response) =>
      Object.fromEntries(
        [...response.headers]
          .filter(
            ([name]) =>
              /^(x-|cross-origin|content-security|referrer|strict-transport|origin-agent)/.test(name) &&
              !['x-cache', 'x-request-id', 'x-nextjs-cache', 'x-nextjs-prerender', 'x-nextjs-stale-time'].includes(name),
          )
          .map(([name, value]) => [name, value.replace(/'nonce-[^']+'/, "'nonce-…'")]),
      )
    expect(security(hit)).toEqual(security(rendered))
    expect(security(hit)['x-frame-options']).toBe('SAMEORIGIN')
    expect(hit.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/)
    expect(hit.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=600')
    expect(hit.headers.get('etag')).toMatch(/^W\/"/)
    expect(hit.headers.get('cache-tag')).toContain(`article:${lead.id}`)
    // A purge between the two reads (background jobs of earlier tests, and the warm-up that renders
    // the page again with a new nonce) changes the copy and its ETag: then the pair is read again.
    for (let attempt = 1; ; attempt += 1) {
      const purgedBefore = await purges()
      const etag = (await page(path())).headers.get('etag')!
      const revalidated = await page(path(), { 'if-none-match': etag })
      const gzipped = await page(path(), { 'accept-encoding': 'gzip' })
      expect(gzipped.headers.get('content-encoding')).toBe('gzip')
      if (revalidated.status === 304 && gzipped.headers.get('etag') === etag) {
        expect(await revalidated.text()).toBe('')
        break
      }
      expect(await purges(), 'a new ETag with no purge between').toBeGreaterThan(purgedBefore)
      expect(attempt).toBeLessThan(5)
    }
  })

  it('gives public API reads the same treatment', async () => {
    const first = await page(`/api/articles/${lead.id}/comments`)
    expect(first.status).toBe(200)
    expect(first.headers.get('etag')).toBeTruthy()
    expect((await page(`/api/articles/${lead.id}/comments`, { 'if-none-match': first.headers.get('etag')! })).status).toBe(304)
  })

  it('renders a page once for readers who all ask for it at the same moment', async () => {
    const stats = async () => ((await (await fetch(`${baseUrl()}/healthz`)).json()) as { pageCache: { collapsed: number } }).pageCache
    await untilCached('/search?q=harbour') // the same tags as the page below
    const before = await stats()
    const path = `/search?q=harbour+crowd${Date.now()}` // a page nobody asked for yet
    const crowd = await Promise.all(Array.from({ length: 20 }, () => page(path)))
    const bodies = await Promise.all(crowd.map((response) => response.text()))
    expect(crowd.every((response) => response.status === 200)).toBe(true)
    // A purge from an earlier test's job can make a second render, with a script nonce of its own.
    expect(new Set(bodies.map((body) => body.replace(/nonce="[^"]*"/g, 'nonce=""'))).size).toBe(1)
    const rendered = crowd.filter((response) => response.headers.get('x-cache') === 'MISS').length
    // Those that came while it rendered waited for it; those after it were plain hits.
    expect(rendered).toBeGreaterThanOrEqual(1)
    expect(rendered).toBeLessThanOrEqual(3)
    expect((await stats()).collapsed - before.collapsed).toBeGreaterThanOrEqual(1)
  })

  it('serves signed-in readers the shared copy of a page, with nothing of theirs in it', async () => {
    const reader = await newReader('Cache Probe Reader')
    // A browser says a request is same-origin; Payload's CSRF rule wants that for a cookie login.
    const signedIn = { cookie: `payload-token=${reader.token}`, 'sec-fetch-site': 'same-origin' }
    const me = await request<{ user: { email: string; displayName: string } }>('/api/readers/me', { headers: signedIn })
    expect(me.body.user.email).toBe(reader.email)
    // Their first comment waits for moderation: the reader sees it through the API, never in a shared page.
    const pending = `Signed-in cache probe ${Date.now()}`
    const posted = await request<{ comment: { id: string; status: string } }>('/api/comments', {
      method: 'POST',
      token: reader.token,
      json: { article: lead.id, body: pending, formShownAt: Date.now() - 60_000 },
    })
    expect(posted.body.comment.status).toBe('pending')
    for (const target of [path(), `/articles/${lead.slug}?utm_source=mail`, '/', '/search?q=harbour']) {
      // Whoever rendered it, anonymous readers get the same copy, unless a purge came between the two
      // (the after-commit purges and warm-ups of the edits above land when they land): then again.
      for (let attempt = 1; ; attempt += 1) {
        const purgedBefore = await purges()
        const viewed = await page(target, signedIn)
        const html = await viewed.text()
        expect(viewed.status, target).toBe(200)
        expect(viewed.headers.get('cache-control'), target).toMatch(/^public/)
        for (const personal of [reader.email, 'Cache Probe Reader', pending, reader.token]) {
          expect(html, target).not.toContain(personal)
        }
        const anonymous = await page(target)
        await anonymous.arrayBuffer()
        if (anonymous.headers.get('etag') === viewed.headers.get('etag')) break
        expect(await purges(), `${target}: a different copy with no purge between`).toBeGreaterThan(purgedBefore)
        expect(attempt, target).toBeLessThan(5)
      }
    }
    // What is theirs comes by the API, which a login keeps personal.
    const own = await page(`/api/articles/${lead.id}/comments?sort=newest`, signedIn)
    expect(own.headers.get('cache-control')).toBe('private, no-store')
    const ownPage = (await own.json()) as { reader: { id: string; displayName: string } | null; comments: { body: string }[] }
    expect(ownPage.reader).toMatchObject({ id: reader.id, displayName: 'Cache Probe Reader' })
    expect(JSON.stringify(ownPage.comments)).toContain(pending)
    const anonymousPage = (await (await page(`/api/articles/${lead.id}/comments?sort=newest`)).json()) as { reader: unknown }
    expect(anonymousPage.reader).toBeNull()
    await request('/api/comments/moderate', { method: 'POST', token: moderator, json: { ids: [posted.body.comment.id], action: 'reject' } })
  })

  it('never caches or shares anything personal: API reads with a login, headers with one, draft preview, the account', async () => {
    const reader = await request<{ token: string }>('/api/readers/login', {
      method: 'POST',
      json: { email: 'reader@newsroom.test', password: DEMO_PASSWORD },
    })
    const cases: [Record<string, string>, string[]][] = [
      [{ authorization: `JWT ${editor}` }, [path(), '/', `/api/articles/${lead.id}/comments`, `/api/articles/${lead.id}`]],
      [
        { cookie: `payload-token=${reader.body.token}`, 'sec-fetch-site': 'same-origin' },
        ['/account', `/api/articles/${lead.id}/comments`, `/api/articles/${lead.id}`],
      ],
    ]
    for (const [headers, targets] of cases) {
      for (const target of targets) {
        const response = await page(target, headers)
        expect(response.status, target).toBe(200)
        expect(response.headers.get('cache-control'), target).toMatch(/private|no-store/)
        expect(response.headers.get('cache-control'), target).not.toMatch(/public/)
        expect(response.headers.get('x-cache'), target).toBeNull()
      }
    }
  })

  it('shows an edit on the next request, on the article and on the lists that show it', async () => {
    await page(path())
    await page('/')
    const title = `${lead.title} (updated ${Date.now()})`
    expect((await request(`/api/articles/${lead.id}`, { method: 'PATCH', token: editor, json: { title } })).status).toBe(200)
    try {
      const escaped = title.replaceAll('&', '&amp;')
      expect(await (await page(path())).text()).toContain(escaped)
      expect(await (await page('/')).text()).toContain(escaped)
      expect((await request<{ title: string }>(`/api/articles/${lead.id}`)).body.title).toBe(title)
    } finally {
      expectStatus(await request(`/api/articles/${lead.id}`, { method: 'PATCH', token: editor, json: { title: lead.title } }), 200)
    }
    expect(await (await page(path())).text()).not.toContain(title)
  })

  it('shows a renamed section in the cached API reads of its articles', async () => {
    const read = `/api/articles/${lead.id}?depth=1`
    type Read = { section: { id: string; name: string } }
    await untilCached(read)
    const section = (await request<Read>(read)).body.section
    const name = `${section.name} (renamed ${Date.now()})`
    expect((await request(`/api/sections/${section.id}`, { method: 'PATCH', token: editor, json: { name } })).status).toBe(200)
    try {
      expect((await request<Read>(read)).body.section.name).toBe(name)
    } finally {
      expectStatus(await request(`/api/sections/${section.id}`, { method: 'PATCH', token: editor, json: { name: section.name } }), 200)
    }
    expect((await request<Read>(read)).body.section.name).toBe(section.name)
  })

  it('shows an approved comment and the fresh count right away, and no pending comment ever', async () => {
    const count = async () => Number((await (await page(path())).text()).match(/id="comments-heading">(\d+)/)?.[1])
    const before = await count()
    const homeBefore = (await page('/')).headers.get('etag')
    const body = `Cache probe ${Date.now()}`
    const reader = await request<{ token: string }>('/api/readers/login', {
      method: 'POST',
      json: { email: 'lena@readers.test', password: DEMO_PASSWORD },
    })
    const posted = await request<{ comment: { id: string; status: string } }>('/api/comments', {
      method: 'POST',
      token: reader.body.token,
      json: { article: lead.id, body, formShownAt: Date.now() - 60_000 },
    })
    expect(posted.status).toBe(201)
    const id = posted.body.comment.id
    if (posted.body.comment.status === 'pending') {
      expect(await count()).toBe(before)
      expect(await (await page(path())).text()).not.toContain(body)
      expect(
        (await request('/api/comments/moderate', { method: 'POST', token: moderator, json: { ids: [id], action: 'approve' } })).status,
      ).toBe(200)
    }
    expect(await count()).toBe(before + 1)
    expect(await (await page(path())).text()).toContain(body)
    // The home page lists the story with its count: purged by its `comments:` tag, it shows the new one.
    const home = await page('/')
    expect(home.headers.get('cache-tag')).toContain(`comments:${lead.id}`)
    expect(home.headers.get('etag')).not.toBe(homeBefore)
    expect(JSON.stringify((await request(`/api/articles/${lead.id}/comments`)).body)).toContain(body)
    await request('/api/comments/moderate', { method: 'POST', token: moderator, json: { ids: [id], action: 'reject' } })
    expect(await count()).toBe(before)
  })

  it('drops an unpublished story from its page, the home page and the feed at once', async () => {
    await page('/')
    await page('/feed.xml')
    expect((await request(`/api/articles/${other.id}`, { method: 'PATCH', token: editor, json: { _status: 'draft' } })).status).toBe(200)
    try {
      expect((await page(`/articles/${other.slug}`)).status).toBe(404)
      expect(await (await page('/')).text()).not.toContain(`/articles/${other.slug}"`)
      expect(await (await page('/feed.xml')).text()).not.toContain(`/articles/${other.slug}<`)
    } finally {
      expectStatus(await request(`/api/articles/${other.id}`, { method: 'PATCH', token: editor, json: { _status: 'published' } }), 200)
    }
    expect((await page(`/articles/${other.slug}`)).status).toBe(200)
  })

  it('tells the configured purge webhook what changed, signed', async () => {
    const since = Date.now()
    expect((await request(`/api/articles/${lead.id}`, { method: 'PATCH', token: editor, json: { dek: `${Date.now()}` } })).status).toBe(200)
    const dir = inject('purgeDir')
    const deadline = Date.now() + 45_000
    let purge: { tags: string[]; paths: string[]; event: string } | undefined
    while (!purge && Date.now() < deadline) {
      // The purge of this edit: it names the article's page (purges of its comments, queued by
      // earlier tests, may still be arriving and name only tags).
      const hook = receivedWebhooks(dir).find(
        (item) => item.receivedAt >= since && item.body.includes(`article:${lead.id}`) && item.body.includes(`/articles/${lead.slug}"`),
      )
      if (hook) {
        expect(verifyWebhook(PURGE_SECRET, hook.body, hook.headers['x-newsroom-signature'], Math.floor(Date.now() / 1000))).toBe(true)
        purge = JSON.parse(hook.body)
      } else await new Promise((resolve) => setTimeout(resolve, 500))
    }
    expect(purge?.event).toBe('cache.purge')
    expect(purge?.tags).toContain(`article:${lead.id}`)
    expect(purge?.paths.some((url) => url.endsWith(`/articles/${lead.slug}`))).toBe(true)
  })
})

// Each process keeps its own page cache; on PostgreSQL several processes serve one site, and a
// change saved through one must purge the others (LISTEN/NOTIFY). SQLite runs one process.
describe.skipIf(!onPostgresLeg)('the cache across two service processes (PostgreSQL only)', () => {
  let second: StartedServer
  beforeAll(async () => {
    second = await startSecondProcess('site-second')
  }, 120_000)
  afterAll(async () => {
    await second?.stop()
  })

  it('purges the other process when an article is edited through this one', async () => {
    const url = `${second.url}/articles/${lead.slug}`
    // Cached on process B first. A fill is dropped when a purge lands during its render (purges of
    // earlier tests' edits and comments can still be arriving), so ask until one is stored.
    let cache: string | null = null
    for (let tries = 0; cache !== 'HIT' && tries < 20; tries++) {
      cache = (await fetch(url)).headers.get('x-cache')
      if (cache !== 'HIT') await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(cache).toBe('HIT')
    const title = `${lead.title} (edited elsewhere ${Date.now()})`
    expect((await request(`/api/articles/${lead.id}`, { method: 'PATCH', token: editor, json: { title } })).status).toBe(200)
    try {
      const answered = performance.now()
      let html = ''
      while (!html.includes(title) && performance.now() - answered < 5000) html = await (await fetch(url)).text()
      expect(html).toContain(title.replaceAll('&', '&amp;'))
      console.log(`site: edit answered on process A → fresh page on process B after ${(performance.now() - answered).toFixed(0)} ms`)
    } finally {
      expectStatus(await request(`/api/articles/${lead.id}`, { method: 'PATCH', token: editor, json: { title: lead.title } }), 200)
    }
  })
})
if (!onPostgresLeg) console.log('site.test: the two-process cache test runs on the PostgreSQL leg only (SQLite runs one process)')

afterAll(async () => {
  // Leave the demo as found for the files after this one.
  await request(`/api/articles/${lead.id}`, { method: 'PATCH', token: editor, json: { title: lead.title, dek: lead.dek } })
})
