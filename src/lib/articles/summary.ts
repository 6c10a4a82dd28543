import { z } from 'zod'

import { sizedImage, type SizedImage } from '@/lib/media/responsive'
import type { Article, Section } from '@/payload-types'

/** What a list of stories shows of each one (search results, related stories, …). */
export type ArticleSummary = {
  id: string
  slug: string | null | undefined
  title: string
  dek: string | null | undefined
  kicker: string | null | undefined
  firstPublishedAt: string | null | undefined
  section: { name: string; slug: string | null | undefined } | null
  /** The hero picture as a 16:9 card (720 wide), with the other widths of that crop for `srcset`. */
  image: CardImage | null
}

export type CardImage = SizedImage

/** What a read must select (and populate) for articleSummary(); add what else the list needs. */
export const articleSummarySelect = {
  title: true,
  slug: true,
  dek: true,
  kicker: true,
  firstPublishedAt: true,
  section: true,
  hero: { image: true },
} as const
export const articleSummaryPopulate = {
  sections: { name: true, slug: true },
  // Payload builds a media `url` from its `filename`: without it the url comes back null.
  media: { url: true, filename: true, alt: true, width: true, height: true, sizes: true },
} as const

/** The summary of an article read with its section populated (an unpopulated section is left out). */
export function articleSummary(article: Article): ArticleSummary {
  const section = typeof article.section === 'object' && article.section ? (article.section as Section) : null
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    dek: article.dek,
    kicker: article.kicker,
    firstPublishedAt: article.firstPublishedAt,
    section: section ? { name: section.name, slug: section.slug } : null,
    image: sizedImage(article.hero?.image, 'card'),
  }
}

/** `ArticleSummary` as the API describes it (search results, related stories). */
export const articleSummarySchema = z.object({
  id: z.string(),
  slug: z.string().nullish(),
  title: z.string(),
  dek: z.string().nullish(),
  kicker: z.string().nullish(),
  firstPublishedAt: z.string().nullish().describe('ISO 8601 date and time.'),
  section: z.object({ name: z.string(), slug: z.string().nullish() }).nullable(),
  image: z
    .object({
      url: z.string(),
      srcSet: z.string().nullable().describe('The same crop at other widths, for an <img srcset>.'),
      alt: z.string(),
      width: z.int().nullable(),
      height: z.int().nullable(),
    })
    .nullable()
    .describe('The hero picture as a 16:9 card.'),
})
