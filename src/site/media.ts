import { srcSetOf, type ImageSizeName } from '@/lib/media/responsive'
import type { Media } from '../payload-types'

export type Picture = {
  url: string
  /** The same picture at other widths, for `srcset`; null when only one was made. */
  srcSet: string | null
  alt: string
  width: number | null
  height: number | null
  caption: string | null
  credit: string | null
  /** The upload as it was sent (JPEG or PNG), for social cards and feeds: not every reader of those takes WebP. */
  original: { url: string; width: number | null; height: number | null }
}

/** A populated upload as an <img> needs it, at the named size where one was made. */
export function picture(value: string | Media | null | undefined, size: ImageSizeName): Picture | null {
  if (!value || typeof value !== 'object' || !value.url) return null
  const sized = value.sizes?.[size]
  const url = sized?.url ?? value.url
  return {
    url,
    srcSet: srcSetOf(value, size),
    alt: value.alt ?? '',
    width: (sized?.url ? sized.width : value.width) ?? null,
    height: (sized?.url ? sized.height : value.height) ?? null,
    caption: value.caption ?? null,
    credit: value.credit ?? null,
    original: { url: value.url, width: value.width ?? null, height: value.height ?? null },
  }
}
