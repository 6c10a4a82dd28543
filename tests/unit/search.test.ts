import { describe, expect, it } from 'vitest'

import { articleSearchDocument } from '@/search/domain/document'
import { fts5Match } from '@/search/engines/sqlite'
import { pickSnippet } from '@/search/engines/pick-snippet'
import { isSearchParamError, MAX_QUERY_LENGTH, parseSearchParams, searchTerms } from '@/search/domain/query'
import { cleanForIndex, foldAccents, MARK_CLOSE, MARK_OPEN, renderSnippet, snippetAround } from '@/search/domain/snippet'
import { lexicalFromBlocks } from '@/lib/lexical/from-blocks'

describe('searchTerms', () => {
  it('keeps words only: every engine syntax character is dropped', () => {
    expect(searchTerms('Harbour   BRIDGE!')).toEqual(['harbour', 'bridge'])
    expect(searchTerms('"a" OR b* -c NEAR(d e) f:g')).toEqual(['a', 'or', 'b', 'c', 'near', 'd', 'e', 'f', 'g'])
    expect(searchTerms("'; DROP TABLE x; --")).toEqual(['drop', 'table', 'x'])
    expect(searchTerms('Zürich café')).toEqual(['zürich', 'café'])
  })

  it('dedupes and bounds the number and length of terms', () => {
    expect(searchTerms('a a a b')).toEqual(['a', 'b'])
    expect(searchTerms(Array.from({ length: 100 }, (_, i) => `w${i}`).join(' '))).toHaveLength(24)
    expect(searchTerms('x'.repeat(300))[0]).toHaveLength(64)
  })
})

describe('parseSearchParams', () => {
  const ok = (params: Record<string, unknown>) => {
    const parsed = parseSearchParams(params)
    if (isSearchParamError(parsed)) throw new Error(parsed.message)
    return parsed
  }
  const error = (params: Record<string, unknown>) => {
    const parsed = parseSearchParams(params)
    if (!isSearchParamError(parsed)) throw new Error('expected an error')
    return parsed
  }

  it('reads a full query', () => {
    const parsed = ok({
      q: 'bridge repair',
      section: 'local-politics',
      tag: 'harbour-bridge',
      author: 'ann-lee',
      from: '2026-01-01',
      to: '2026-01-31',
      sort: 'newest',
      page: '2',
      limit: '20',
    })
    expect(parsed.sort).toBe('newest')
    expect(ok({ q: 'bridge' }).sort).toBe('relevance')
    expect(parsed.terms).toEqual(['bridge', 'repair'])
    expect(parsed.filters.section).toBe('local-politics')
    expect(parsed.filters.from?.toISOString()).toBe('2026-01-01T00:00:00.000Z')
    expect(parsed.filters.to?.toISOString()).toBe('2026-01-31T23:59:59.999Z')
    expect([parsed.page, parsed.limit]).toEqual([2, 20])
  })

  it.each([
    [{}, 'q'],
    [{ q: '   ' }, 'q'],
    [{ q: '!!! ???' }, 'q'],
    [{ q: 'x'.repeat(MAX_QUERY_LENGTH + 1) }, 'q'],
    [{ q: 'a', colour: 'red' }, 'colour'],
    [{ q: ['a', 'b'] }, 'q'],
    [{ q: 'a', limit: '0' }, 'limit'],
    [{ q: 'a', limit: '51' }, 'limit'],
    [{ q: 'a', page: '-1' }, 'page'],
    [{ q: 'a', from: 'yesterday' }, 'from'],
    [{ q: 'a', from: '2026-02-01', to: '2026-01-01' }, 'from'],
    [{ q: 'a', section: 'Not A Slug' }, 'section'],
    [{ q: 'a', tag: { $ne: 1 } }, 'tag'],
    [{ q: 'a', sort: 'oldest' }, 'sort'],
  ])('refuses %o, naming %s', (params, parameter) => {
    const problem = error(params)
    expect(problem.parameter).toBe(parameter)
    expect(problem.status).toBe(400)
  })
})

describe('snippets', () => {
  it('escapes the text and turns only our markers into <mark>', () => {
    expect(renderSnippet(`<b>x</b> ${MARK_OPEN}bridge${MARK_CLOSE} & "y"`)).toBe(
      '&lt;b&gt;x&lt;/b&gt; <mark>bridge</mark> &amp; &quot;y&quot;',
    )
  })

  it('strips marker characters from indexed text, so a writer cannot forge a mark', () => {
    expect(renderSnippet(cleanForIndex(`a${MARK_OPEN}<script>${MARK_CLOSE}b`))).toBe('a &lt;script&gt; b')
  })

  it('prefers a snippet that shows a match', () => {
    expect(pickSnippet(['no match here', `the ${MARK_OPEN}dek${MARK_CLOSE}`])).toBe('the <mark>dek</mark>')
    expect(pickSnippet(['', 'plain dek'])).toBe('plain dek')
  })

  it('cuts a window around the first match for engines without snippets', () => {
    const text = `${'filler '.repeat(50)}the harbour bridge closed ${'tail '.repeat(50)}`
    const snippet = snippetAround(text, ['bridge'], 5)
    expect(snippet).toMatch(/^…/)
    expect(snippet).toContain('<mark>bridge</mark>')
    expect(snippet.split(' ').length).toBeLessThan(14)
  })

  it('folds accents for engines that do not', () => {
    expect(foldAccents('Café Zürich Straße')).toBe('Cafe Zurich Strasse')
  })

  it('quotes every FTS5 term', () => {
    expect(fts5Match(['harbour', 'bridge'])).toBe('"harbour" "bridge"')
    expect(fts5Match(['a"b'])).toBe('"a""b"')
  })
})

describe('articleSearchDocument', () => {
  it('flattens an article with populated bylines and tags', () => {
    const document = articleSearchDocument({
      id: 'a1',
      slug: 'bridge',
      title: 'Bridge',
      dek: 'Dek',
      body: lexicalFromBlocks([
        { type: 'p', text: 'First.' },
        { type: 'p', text: 'Second.' },
      ]),
      authors: [{ id: 'u1', name: 'Ann Lee' }, 'u2'],
      tags: [{ id: 't1', name: 'Harbour' }],
      section: 's1',
      sections: [{ id: 's2' }, 's1'],
      firstPublishedAt: '2026-01-01T00:00:00.000Z',
    })
    expect(document).toEqual({
      id: 'a1',
      slug: 'bridge',
      title: 'Bridge',
      dek: 'Dek',
      body: 'First.\n\nSecond.',
      authors: 'Ann Lee',
      tags: 'Harbour',
      sectionIds: ['s1', 's2'],
      tagIds: ['t1'],
      authorIds: ['u1', 'u2'],
      publishedAt: '2026-01-01T00:00:00.000Z',
    })
  })
})
