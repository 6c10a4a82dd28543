import type { Picture } from '../media'

/**
 * Slot widths for `sizes`: how wide the image is drawn at each window width (src/app/(site)/site.css),
 * so the browser fetches the smallest file that fills it.
 */
export const IMAGE_SLOTS = {
  /** A card in the story grid: full width on a phone, a column of the grid above. */
  card: '(max-width: 40rem) calc(100vw - 2rem), (max-width: 72rem) 45vw, 22rem',
  /** The front page's lead: the page's column on a phone, three fifths of it beside the headline above 56rem. */
  lead: '(max-width: 56rem) calc(100vw - 2rem), (max-width: 72rem) 58vw, 40rem',
  /** An article's hero: the reading column. */
  hero: '(max-width: 46rem) calc(100vw - 2rem), 44rem',
  /** A search result's picture beside its text. */
  thumbnail: '(max-width: 40rem) 6rem, 10rem',
  /** "You may also like": four columns of the page's width, two on a phone. */
  related: '(max-width: 40rem) 45vw, (max-width: 72rem) 22vw, 16rem',
} as const

/** An <img> with its intrinsic size (no layout shift) and, where made, the same picture at other widths. */
export function ResponsiveImage({
  image,
  slot,
  eager = false,
  alt = image.alt,
}: {
  image: Pick<Picture, 'url' | 'srcSet' | 'alt' | 'width' | 'height'>
  slot: keyof typeof IMAGE_SLOTS
  eager?: boolean
  alt?: string
}) {
  return (
    <img
      src={image.url}
      srcSet={image.srcSet ?? undefined}
      sizes={image.srcSet ? IMAGE_SLOTS[slot] : undefined}
      alt={alt}
      width={image.width ?? undefined}
      height={image.height ?? undefined}
      loading={eager ? 'eager' : 'lazy'}
      fetchPriority={eager ? 'high' : undefined}
      decoding="async"
    />
  )
}
