import type { Media } from '../payload-types'

export type Picture = {
  url: string
  alt: string
  width: number | null
  height: number | null
  caption: string | null
  credit: string | null
}

type SizeName = 'thumbnail' | 'card' | 'hero'

/** A populated upload as an <img> needs it, at the named size where one was made. */
export function picture(value: string | Media | null | undefined, size: SizeName): Picture | null {
  if (!value || typeof value !== 'object' || !value.url) return null
  const sized = value.sizes?.[size]
  const url = sized?.url ?? value.url
  return {
    url,
    alt: value.alt ?? '',
    width: (sized?.url ? sized.width : value.width) ?? null,
    height: (sized?.url ? sized.height : value.height) ?? null,
    caption: value.caption ?? null,
    credit: value.credit ?? null,
  }
}
