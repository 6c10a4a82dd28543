import { describe, expect, it } from 'vitest'

import { cacheKey, cachePolicy, isPersonal, publicCacheControl } from '@/lib/cache/policy'
import { cacheTagHeader, parseCacheTagHeader, tagsForArticleChange, tagsForCommentChange } from '@/lib/cache/tags'

describe('cachePolicy', () => {
  it('caches pages, feeds and public API reads, each with the tags it starts from', () => {
    expect(cachePolicy('/')).toEqual({ kind: 'page', tags: ['site'] })
    expect(cachePolicy('/articles/a-story')?.kind).toBe('page')
    expect(cachePolicy('/feed.xml')?.kind).toBe('page')
    expect(cachePolicy('/api/articles')).toEqual({ kind: 'api', tags: ['api:articles'] })
    expect(cachePolicy('/api/articles/abc')).toEqual({ kind: 'api', tags: ['api:articles'] })
    expect(cachePolicy('/api/articles/abc/comments')).toEqual({ kind: 'api', tags: ['comments:abc', 'comment-settings'] })
    expect(cachePolicy('/api/articles/abc/related')?.tags).toContain('related:abc')
    expect(cachePolicy('/api/globals/site-settings')?.tags).toEqual(['site'])
  })

  it('never caches the admin, logins, the GraphQL playground, live streams, uploads or anything personal to a reader', () => {
    for (const path of [
      '/admin',
      '/admin/collections/articles',
      '/account',
      '/account/sign-in',
      '/_next/static/chunk.js',
      '/api/graphql-playground',
      '/api/users/me',
      '/api/readers/me',
      '/api/articles/abc/comments/live',
      '/api/articles/abc/suggestions',
      '/api/media/file/photo.jpg',
      '/api/comment-subscriptions/confirm',
      '/api/globals/comment-settings',
      '/next/preview',
      '/healthz',
    ]) {
      expect(cachePolicy(path), path).toBeNull()
    }
  })

  it('keys pages by the parameters they read only, in a fixed order; API reads by their whole query', () => {
    const page = { kind: 'page' as const, tags: [] }
    const api = { kind: 'api' as const, tags: [] }
    expect(cacheKey(page, '/articles/a', '?utm_source=x&fbclid=y')).toBe('/articles/a')
    expect(cacheKey(page, '/search', '?utm_source=x&q=harbour&page=2')).toBe('/search?page=2&q=harbour')
    expect(cacheKey(page, '/search', '?page=2&q=harbour')).toBe(cacheKey(page, '/search', '?q=harbour&page=2'))
    expect(cacheKey(api, '/api/articles', '?limit=1&utm=x')).toBe('/api/articles?limit=1&utm=x')
  })

  it('treats logins, guest tokens and draft preview as personal', () => {
    expect(isPersonal({})).toBe(false)
    expect(isPersonal({ cookie: 'theme=dark' })).toBe(false)
    expect(isPersonal({ cookie: 'theme=dark; payload-token=abc' })).toBe(true)
    expect(isPersonal({ cookie: '__prerender_bypass=1' })).toBe(true)
    expect(isPersonal({ authorization: 'JWT abc' })).toBe(true)
    expect(isPersonal({ 'x-guest-token': 't' })).toBe(true)
  })

  it('lets a signed-in reader share pages, never their API reads or an editor’s preview', () => {
    expect(isPersonal({ cookie: 'theme=dark; payload-token=abc' }, 'page')).toBe(false)
    expect(isPersonal({ cookie: 'payload-token=abc' }, 'api')).toBe(true)
    expect(isPersonal({ cookie: 'payload-token=abc; __prerender_bypass=1' }, 'page')).toBe(true)
    expect(isPersonal({ cookie: 'not-payload-token=abc' }, 'api')).toBe(false)
    expect(isPersonal({ authorization: 'JWT abc' }, 'page')).toBe(true)
    expect(isPersonal({ 'x-guest-token': 't' }, 'page')).toBe(true)
  })

  it('lets shared caches keep a response briefly and serve it stale while refetching', () => {
    expect(publicCacheControl({ sMaxAgeSeconds: 60, staleWhileRevalidateSeconds: 600 })).toBe(
      'public, max-age=0, s-maxage=60, stale-while-revalidate=600',
    )
  })
})

describe('purge rules', () => {
  const published = { id: 'a1', _status: 'published', slug: 's', section: { id: 'x' }, tags: ['t1'] }

  it('purge nothing for a draft nobody can see', () => {
    expect(tagsForArticleChange(null, { id: 'a1', _status: 'draft' })).toEqual([])
    expect(tagsForArticleChange({ id: 'a1', _status: 'draft' }, { id: 'a1', _status: 'draft' })).toEqual([])
  })

  it('purge the article and every list on publish, unpublish and delete', () => {
    expect(tagsForArticleChange({ id: 'a1', _status: 'draft' }, published)).toEqual(['article:a1', 'lists'])
    expect(tagsForArticleChange(published, { ...published, _status: 'draft' })).toEqual(['article:a1', 'lists'])
    expect(tagsForArticleChange(published, null)).toEqual(['article:a1', 'lists'])
  })

  it('purge only where the article shows when an edit leaves its list membership alone', () => {
    expect(tagsForArticleChange(published, { ...published, title: 'New title' } as typeof published)).toEqual(['article:a1'])
    // A populated relationship and its id are the same value.
    expect(tagsForArticleChange(published, { ...published, section: 'x' } as unknown as typeof published)).toEqual(['article:a1'])
    expect(tagsForArticleChange(published, { ...published, section: { id: 'y' } })).toEqual(['article:a1', 'lists'])
  })

  it('purge an article’s comments when a comment becomes, stays or stops being visible', () => {
    expect(tagsForCommentChange('a1', false, false)).toEqual([])
    expect(tagsForCommentChange('a1', false, true)).toEqual(['comments:a1'])
    expect(tagsForCommentChange('a1', true, false)).toEqual(['comments:a1'])
    expect(tagsForCommentChange(null, true, true)).toEqual([])
  })

  it('send tags in one header a CDN accepts', () => {
    expect(cacheTagHeader(['site', 'article:1', 'site', 'bad tag'])).toBe('site,article:1')
    expect(parseCacheTagHeader(' a, b ,,c')).toEqual(['a', 'b', 'c'])
  })
})
