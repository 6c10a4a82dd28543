import { describe, expect, it } from 'vitest'

import { normaliseTag, normaliseTitle, stem, STOPWORDS, tokenize } from '@/related/domain/text'

describe('tokenize', () => {
  it('lowercases and keeps topic words in order', () => {
    expect(tokenize('Harbour BRIDGE Tunnel')).toEqual(['harbour', 'bridg', 'tunnel'])
  })

  it('drops stopwords, including news filler', () => {
    expect(tokenize('The mayor said this year that the new budget says nothing')).toEqual(['mayor', 'budget', 'noth'])
    for (const filler of ['said', 'says', 'year', 'years', 'new', 'news', 'according', 'yesterday', 'monday']) {
      expect(STOPWORDS.has(filler)).toBe(true)
      expect(tokenize(filler)).toEqual([])
    }
  })

  it('keeps the stopword list compact', () => {
    expect(STOPWORDS.size).toBeGreaterThan(120)
    expect(STOPWORDS.size).toBeLessThan(200)
  })

  it('drops words shorter than three letters', () => {
    expect(tokenize('an ox is at the zoo')).toEqual(['zoo'])
  })

  it('drops pure numbers but keeps words with digits', () => {
    expect(tokenize('2025 saw 1,200 homes hit 36C on the A14')).toEqual(['saw', 'hom', 'hit', '36c', 'a14'])
  })

  it('folds accents so spellings with and without them match', () => {
    expect(tokenize('Café Zürich naïve résumé')).toEqual(tokenize('cafe zurich naive resume'))
    expect(tokenize('Straße Ærø')).toEqual(['strass', 'aero'])
  })

  it('is Unicode-aware and leaves non-Latin words unstemmed', () => {
    expect(tokenize('Москва — 東京都 Δελφοί')).toEqual(['москва', '東京都', 'δελφοι'])
  })

  it('drops possessive apostrophes and joins contractions', () => {
    expect(tokenize("The mayor's plan won't pass")).toEqual(['mayor', 'plan', 'wont', 'pass'])
  })

  it('brings inflections of a word to one stem', () => {
    const forms = ['close', 'closes', 'closed', 'closing']
    expect(new Set(forms.map(stem))).toEqual(new Set(['clos']))
    expect(new Set(['repair', 'repairs', 'repaired', 'repairing'].map(stem))).toEqual(new Set(['repair']))
    expect(new Set(['crack', 'cracks', 'cracked'].map(stem))).toEqual(new Set(['crack']))
  })

  it('handles plural spellings', () => {
    expect(stem('cities')).toBe('city')
    expect(stem('boxes')).toBe('box')
    expect(stem('churches')).toBe('church')
    expect(stem('classes')).toBe('class')
    expect(stem('bridges')).toBe(stem('bridge'))
  })

  it('strips -ly, -ing and -ed conservatively', () => {
    expect(stem('quickly')).toBe('quick')
    expect(stem('running')).toBe('run')
    expect(stem('falling')).toBe('fall')
    expect(stem('stopped')).toBe('stop')
    expect(stem('carried')).toBe('carry')
    expect(stem('needed')).toBe('need')
  })

  it('leaves short words and words that only look inflected alone', () => {
    for (const word of ['bus', 'crisis', 'status', 'glass', 'bring', 'thing', 'spring', 'need', 'agreed', 'early']) {
      expect(stem(word)).toBe(word)
    }
  })

  it('is empty for empty or filler-only text', () => {
    expect(tokenize('')).toEqual([])
    expect(tokenize('   ... !!! ')).toEqual([])
    expect(tokenize('It was said on Monday that the news would be new')).toEqual([])
  })
})

describe('normaliseTag', () => {
  it('gives one spelling for the usual variants', () => {
    for (const tag of ['heat-wave', '  Heat Wave ', '#Heat Wave', 'heat_wave', 'HEAT--WAVE', 'heat - _ wave']) {
      expect(normaliseTag(tag)).toBe('heat-wave')
    }
  })

  it('folds accents and strips a leading hash only', () => {
    expect(normaliseTag('#Zürich Straße')).toBe('zurich-strasse')
    expect(normaliseTag('##c#')).toBe('c#')
  })

  it('trims hyphens at the edges and survives empty input', () => {
    expect(normaliseTag('-election-')).toBe('election')
    expect(normaliseTag('   ')).toBe('')
    expect(normaliseTag('#')).toBe('')
  })
})

describe('normaliseTitle', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    expect(normaliseTitle('Harbour Bridge: Café closes!')).toBe(normaliseTitle('harbour  bridge — cafe CLOSES'))
  })
})
