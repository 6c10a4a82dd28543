import { describe, expect, it } from 'vitest'

import { containsWord, countLinks } from '@/comments/domain/moderation/text'

describe('countLinks', () => {
  it('counts http, https and www links', () => {
    expect(countLinks('http://a.b')).toBe(1)
    expect(countLinks('https://x.y/z?q')).toBe(1)
    expect(countLinks('www.example.com')).toBe(1)
    expect(countLinks('HTTPS://X.Y and WWW.Example.com')).toBe(2)
    expect(countLinks('see http://a.b, https://x.y/z?q and (www.example.com).')).toBe(3)
  })

  it('does not count e-mail addresses, bare domains or an empty scheme', () => {
    expect(countLinks('e-mail@example.com')).toBe(0)
    expect(countLinks('write to www@example.com or visit example.com')).toBe(0)
    expect(countLinks('http:// and www. alone')).toBe(0)
    expect(countLinks('')).toBe(0)
  })

  it('counts a link with both a scheme and www once', () => {
    expect(countLinks('http://www.example.com/www.page')).toBe(1)
    expect(countLinks('cdn.www.example.com')).toBe(0)
  })

  it('counts links glued together one by one', () => {
    expect(countLinks('http://a.com,http://b.com;www.c.com')).toBe(3)
  })
})

describe('containsWord', () => {
  it('matches whole words only', () => {
    expect(containsWord('Oh darn.', ['darn'])).toBe('darn')
    expect(containsWord('darning socks', ['darn'])).toBeNull()
    expect(containsWord('a darn-fool idea', ['darn'])).toBe('darn')
    expect(containsWord('undarn', ['darn'])).toBeNull()
  })

  it('ignores case, accents and compatibility forms', () => {
    expect(containsWord('Mérde alors', ['merde'])).toBe('merde')
    expect(containsWord('MERDE', ['mérde'])).toBe('mérde')
    expect(containsWord('ｄａｒｎ', ['darn'])).toBe('darn')
    expect(containsWord('Straße', ['strasse'])).toBe('strasse')
  })

  it('matches phrases across spacing and punctuation, but still as whole words', () => {
    expect(containsWord('Just go   away!', ['go away'])).toBe('go away')
    expect(containsWord('Go… away', ['go away'])).toBe('go away')
    expect(containsWord('ergo away', ['go away'])).toBeNull()
    expect(containsWord('go awayward', ['go away'])).toBeNull()
  })

  it('returns the first entry of the list that matches, as written there', () => {
    expect(containsWord('heck and darn', ['Darn', 'heck'])).toBe('Darn')
    expect(containsWord('nothing to see', ['darn', 'heck'])).toBeNull()
  })

  it('ignores blank or punctuation-only entries', () => {
    expect(containsWord('anything at all', ['', '  ', '!!'])).toBeNull()
    expect(containsWord('', ['darn'])).toBeNull()
  })
})
