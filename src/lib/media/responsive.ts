import type { Media } from '@/payload-types'

/** The sizes Payload makes of every upload (src/collections/Media), by shape. */
export type ImageSizeName = keyof NonNullable<Media['sizes']>

/**
 * Sizes that share a shape, smallest first: a srcset may only offer the same picture cropped the
 * same way, or the browser would swap a 16:9 card for an uncropped original as the window grows.
 */
const SAME_SHAPE: Record<ImageSizeName, ImageSizeName[]> = {
  thumbnail: ['thumbnail', 'card', 'wide'],
  card: ['thumbnail', 'card', 'wide'],
  wide: ['thumbnail', 'card', 'wide'],
  heroSmall: ['heroSmall', 'hero'],
  hero: ['heroSmall', 'hero'],
}

/** The `srcset` for a size: every made size of the same shape with its width, or null when only one exists. */
export function srcSetOf(media: Pick<Media, 'sizes'>, size: ImageSizeName): string | null {
  const candidates = SAME_SHAPE[size]
    .map((name) => media.sizes?.[name])
    .filter((made): made is { url: string; width: number } => !!made?.url && !!made.width)
  const unique = [...new Map(candidates.map((made) => [made.width, made])).values()]
  return unique.length > 1 ? unique.map((made) => `${made.url} ${made.width}w`).join(', ') : null
}

/** An upload as an <img> needs it: the named size where one was made, else the upload itself. */
export type SizedImage = {
  url: string
  /** The same picture at other widths of that crop, for `srcset`; null when only one was made. */
  srcSet: string | null
  alt: string
  width: number | null
  height: number | null
}

/** The upload at the named size (falling back to the upload as sent); null when it is not populated or has no URL. */
export function sizedImage(value: string | Media | null | undefined, size: ImageSizeName): SizedImage | null {
  if (!value || typeof value !== 'object' || !value.url) return null
  const sized = value.sizes?.[size]
  return {
    url: sized?.url ?? value.url,
    srcSet: srcSetOf(value, size),
    alt: value.alt ?? '',
    width: (sized?.url ? sized.width : value.width) ?? null,
    height: (sized?.url ? sized.height : value.height) ?? null,
  }
}
