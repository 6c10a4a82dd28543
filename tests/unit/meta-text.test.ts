import { describe, expect, it } from 'vitest'

import { META_DESCRIPTION_MAX, META_TITLE_MAX, metaDescription, metaTitle } from '@/lib/seo/meta-text'

describe('metaTitle', () => {
  it('keeps a short headline whole, with the site name', () => {
    expect(metaTitle('Ferry fares rise', 'The Harbour Ledger')).toBe('Ferry fares rise · The Harbour Ledger')
  })

  it('shortens a long headline at a word, keeping the site name, within the limit', () => {
    const headline = 'Container ship runs aground at mouth of Halden Sound, closing main shipping channel'
    const title = metaTitle(headline, 'The Harbour Ledger')
    expect(title.length).toBeLessThanOrEqual(META_TITLE_MAX)
    expect(title).toBe('Container ship runs aground at mouth… · The Harbour Ledger')
  })

  it('cuts one very long word where it must, and falls back to the headline when the site name leaves no room', () => {
    expect(metaTitle('x'.repeat(100), 'Site').length).toBeLessThanOrEqual(META_TITLE_MAX)
    expect(metaTitle('Short', 'A site name far too long for any title to fit beside it at all')).toBe('Short')
  })
})

describe('metaDescription', () => {
  it('keeps a short dek, and shortens a long one at a word within the limit', () => {
    expect(metaDescription('Fares rise in May.')).toBe('Fares rise in May.')
    const long = metaDescription(`${'A year-long trial of reminders '.repeat(8)}ended.`)
    expect(long.length).toBeLessThanOrEqual(META_DESCRIPTION_MAX)
    expect(long).toMatch(/reminders…$|trial…$|year-long…$|of…$|A…$/)
  })
})
