import { describe, expect, it } from 'vitest'

import { isScriptFreePage, withoutFrameworkScripts } from '@/server/script-free-pages'

describe('script-free pages', () => {
  it('are the reader pages, articles included (their islands have their own bundle)', () => {
    for (const path of [
      '/',
      '/articles/a-story',
      '/sections/politics',
      '/tags/harbour',
      '/authors/ann-lee',
      '/search',
      '/account/sign-in',
      '/no-such-page',
    ]) {
      expect(isScriptFreePage(path), path).toBe(true)
    }
    for (const path of [
      '/admin',
      '/admin/collections/articles',
      '/api/articles',
      '/_next/static/x.js',
      '/next/preview',
      '/feed.xml',
      '/robots.txt',
      '/icon.svg',
    ]) {
      expect(isScriptFreePage(path), path).toBe(false)
    }
  })

  it('lose every script and script preload but structured data', () => {
    const html = [
      '<head><link rel="preload" as="script" fetchPriority="low" nonce="n" href="/_next/static/chunks/a.js"/>',
      '<link rel="modulepreload" href="/_next/static/chunks/b.js">',
      '<link rel="preload" href="/_next/static/media/font.woff2" as="font" type="font/woff2" crossorigin=""/>',
      '<link rel="stylesheet" href="/_next/static/chunks/site.css"/>',
      '<script src="/_next/static/chunks/c.js" async="" nonce="n"></script></head>',
      '<body><script type="application/ld+json">{"@type":"WebSite","name":"a \\u003c/script\\u003e"}</script>',
      '<p>Story</p><script nonce="n">self.__next_f.push([1,"x \\u003c/script\\u003e"])</script>',
      '<script nonce="n" id="_R_">requestAnimationFrame(function(){})</script></body>',
    ].join('')
    const stripped = withoutFrameworkScripts(html)
    expect(stripped).not.toMatch(/_next\/static\/chunks\/[abc]\.js/)
    expect(stripped).not.toContain('__next_f')
    expect(stripped).not.toContain('_R_')
    expect(stripped).toContain('<script type="application/ld+json">{"@type":"WebSite"')
    expect(stripped).toContain('as="font"')
    expect(stripped).toContain('rel="stylesheet"')
    expect(stripped).toContain('<p>Story</p>')
  })

  it('keep the islands bundle and its preload', () => {
    const islands = '<script type="module" src="/_next/static/islands/entry-AB12.js" nonce="n" data-islands="" async=""></script>'
    const preload = '<link rel="modulepreload" href="/_next/static/islands/entry-AB12.js" nonce="n"/>'
    const html = `<head>${preload}<link rel="modulepreload" href="/_next/static/chunks/b.js">${islands}<script src="/_next/static/chunks/c.js"></script></head>`
    expect(withoutFrameworkScripts(html)).toBe(`<head>${preload}${islands}</head>`)
  })
})
