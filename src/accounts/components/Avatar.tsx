import { minidenticon } from 'minidenticons'

/**
 * A reader's picture, drawn from their name (minidenticons: a small SVG, no outside service, the
 * same picture for the same name everywhere). Decorative: the name beside it says who it is.
 */
export function Avatar({ name, size = 40 }: { name: string; size?: number }) {
  const svg = minidenticon(name, 60, 45)
  return <img className="avatar" src={`data:image/svg+xml,${encodeURIComponent(svg)}`} alt="" width={size} height={size} />
}
