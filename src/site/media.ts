import { sizedImage, type ImageSizeName, type SizedImage } from '@/lib/media/responsive'
import type { Media } from '../payload-types'

export type Picture = SizedImage & {
  caption: string | null
  credit: string | null
  /** The upload as it was sent (JPEG or PNG), for social cards and feeds: not every reader of those takes WebP. */
  original: { url: string; width: number | null; height: number | null }
}

/** A populated upload as an <img> needs it, at the named size where one was made, with its caption, credit and original. */
export function picture(value: string | Media | null | undefined, size: ImageSizeName): Picture | null {
  const sized = sizedImage(value, size)
  if (!sized || !value || typeof value !== 'object') return null
  return {
    ...sized,
    caption: value.caption ?? null,
    credit: value.credit ?? null,
    original: { url: value.url ?? sized.url, width: value.width ?? null, height: value.height ?? null },
  }
}
