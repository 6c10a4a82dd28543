/** Data sizes for the benchmark. Full scale is the newsroom the targets speak of; small runs in minutes. */
export type Scale = {
  name: string
  articles: number
  comments: number
  /** Comments on the one hot story (part of `comments`). */
  hotComments: number
  /** Articles whose related stories are precomputed (the job does all of them in service). */
  relatedSample: number
}

export const SCALES: Record<string, Scale> = {
  small: { name: 'small', articles: 2_000, comments: 40_000, hotComments: 4_000, relatedSample: 40 },
  medium: { name: 'medium', articles: 10_000, comments: 200_000, hotComments: 20_000, relatedSample: 40 },
  full: { name: 'full', articles: 50_000, comments: 1_000_000, hotComments: 20_000, relatedSample: 40 },
}

export function scaleNamed(name: string): Scale {
  const scale = SCALES[name]
  if (!scale) throw new Error(`Unknown scale "${name}": use ${Object.keys(SCALES).join(', ')}.`)
  return scale
}
