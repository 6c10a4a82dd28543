import { describe, expect, it } from 'vitest'

import { articleSummary } from '@/lib/articles/summary'
import { sizedImage } from '@/lib/media/responsive'
import type { Article, Media } from '@/payload-types'
import { picture } from '@/site/media'

const upload = {
  id: 'm1',
  alt: 'A ship on a sandbank',
  caption: 'At dawn',
  credit: 'Harbour Ledger',
  url: '/api/media/file/ship.jpg',
  width: 2000,
  height: 1125,
  sizes: {
    thumbnail: { url: '/api/media/file/ship-320x180.webp', width: 320, height: 180 },
    card: { url: '/api/media/file/ship-720x405.webp', width: 720, height: 405 },
    wide: { url: '/api/media/file/ship-1440x810.webp', width: 1440, height: 810 },
  },
} as unknown as Media

describe('an upload as an <img> needs it', () => {
  it('takes the named size, with the other widths of that crop for srcset', () => {
    expect(sizedImage(upload, 'card')).toEqual({
      url: '/api/media/file/ship-720x405.webp',
      srcSet: '/api/media/file/ship-320x180.webp 320w, /api/media/file/ship-720x405.webp 720w, /api/media/file/ship-1440x810.webp 1440w',
      alt: 'A ship on a sandbank',
      width: 720,
      height: 405,
    })
  })

  it('falls back to the upload as sent where the size was not made, and is null for an id or no URL', () => {
    expect(sizedImage(upload, 'hero')).toMatchObject({ url: '/api/media/file/ship.jpg', srcSet: null, width: 2000, height: 1125 })
    expect(sizedImage('m1', 'card')).toBeNull()
    expect(sizedImage({ ...upload, url: null } as Media, 'card')).toBeNull()
  })

  it('gives the site its caption, credit and original, and the API summary the same card', () => {
    expect(picture(upload, 'card')).toEqual({
      ...sizedImage(upload, 'card'),
      caption: 'At dawn',
      credit: 'Harbour Ledger',
      original: { url: '/api/media/file/ship.jpg', width: 2000, height: 1125 },
    })
    const article = { id: 'a1', title: 'Aground', hero: { image: upload }, section: null } as unknown as Article
    expect(articleSummary(article).image).toEqual(sizedImage(upload, 'card'))
  })
})
