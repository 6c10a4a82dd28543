import type { Payload, PayloadRequest } from 'payload'

import { lexicalFromBlocks } from '../lib/lexical/from-blocks'
import { computeRelated } from '../related/services/related'
import type { Article, Author, Media, Section, Tag, User } from '../payload-types'
import {
  articles as demoArticles,
  authors as demoAuthors,
  draftArticle,
  scheduledArticle,
  sections as demoSections,
  siteSettings,
  tags as demoTags,
  type DemoArticle,
} from './content/demo-content'
import { demoComments, demoReaders } from './content/demo-comments'
import { DEMO_PASSWORD, demoLogins } from './demo-logins'
import { recountArticle, recountComment } from '../comments/services/counters'
import { gradientImage, portraitImage } from './images'

type Log = (message: string) => void

const HOUR = 60 * 60 * 1000
const PORTRAIT_COLOURS = ['#264653', '#2a9d8f', '#e76f51', '#6d597a', '#355070', '#b56576', '#588157']

/** Seed writes skip side effects meant for editors' changes (cache purges, notifications). */
const context = { seeding: true, disableRevalidate: true }

/**
 * Loads the demo newsroom into an empty database: staff logins, bylines, sections, tags, generated
 * pictures, 28 published stories, one draft, one scheduled story and the site settings.
 */
export async function seedDemoContent(payload: Payload, log: Log, now = new Date()): Promise<void> {
  const req = { context } as Partial<PayloadRequest>
  const step = (name: string, done: number, total: number) => log(`${name} ${done}/${total}`)

  const users: Record<string, User> = {}
  for (const [index, login] of demoLogins.entries()) {
    users[login.role] = await payload.create({
      collection: 'users',
      data: { ...login, password: DEMO_PASSWORD },
      overrideAccess: true,
      context,
    })
    step('staff logins', index + 1, demoLogins.length)
  }

  const authorsBySlug: Record<string, Author> = {}
  for (const [index, author] of demoAuthors.entries()) {
    const photo = await createImage(payload, await portraitImage(PORTRAIT_COLOURS[index % PORTRAIT_COLOURS.length]), {
      filename: `byline-${author.slug}.jpg`,
      alt: `Portrait placeholder for ${author.name}`,
    })
    const linkedUser = index === 0 ? users.author : index === 1 ? users.editor : undefined
    authorsBySlug[author.slug] = await payload.create({
      collection: 'authors',
      data: {
        name: author.name,
        slug: author.slug,
        roleTitle: author.roleTitle,
        bio: author.bio,
        photo: photo.id,
        socialLinks: author.social.map(({ network, url }) => ({ network, url })),
        user: linkedUser?.id,
      },
      overrideAccess: true,
      context,
    })
    step('bylines', index + 1, demoAuthors.length)
  }

  const sectionsBySlug: Record<string, Section> = {}
  const orderedSections = [...demoSections].sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)))
  for (const section of orderedSections) {
    sectionsBySlug[section.slug] = await payload.create({
      collection: 'sections',
      data: {
        name: section.name,
        slug: section.slug,
        description: section.description,
        parent: section.parent ? sectionsBySlug[section.parent]?.id : undefined,
      },
      overrideAccess: true,
      context,
    })
  }
  log(`sections ${orderedSections.length}`)

  const tagsBySlug: Record<string, Tag> = {}
  for (const tag of demoTags) {
    tagsBySlug[tag.slug] = await payload.create({ collection: 'tags', data: tag, overrideAccess: true, context })
  }
  log(`tags ${demoTags.length}`)

  const published: Article[] = []
  const byNewest = [...demoArticles].sort((a, b) => b.hoursAgo - a.hoursAgo)
  for (const [index, article] of byNewest.entries()) {
    const publishedAt = new Date(now.getTime() - article.hoursAgo * HOUR)
    published.push(
      await createArticle(payload, article, index, {
        authorsBySlug,
        sectionsBySlug,
        tagsBySlug,
        createdBy: users.editor,
        status: 'published',
        publishedAt,
      }),
    )
    step('published stories', index + 1, byNewest.length)
  }

  await createArticle(payload, draftArticle, published.length, {
    authorsBySlug,
    sectionsBySlug,
    tagsBySlug,
    createdBy: users.author,
    status: 'draft',
  })
  log('draft story 1')

  const scheduled = await createArticle(payload, scheduledArticle, published.length + 1, {
    authorsBySlug,
    sectionsBySlug,
    tagsBySlug,
    createdBy: users.editor,
    status: 'draft',
  })
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'articles', value: String(scheduled.id) } },
    waitUntil: new Date(now.getTime() + 24 * HOUR),
    req: req as PayloadRequest,
  })
  log('scheduled story 1 (publishes in 24 hours)')

  await payload.updateGlobal({
    slug: 'site-settings',
    data: {
      siteName: siteSettings.siteName,
      tagline: siteSettings.tagline,
      about: siteSettings.about,
      searchPlaceholder: siteSettings.searchPlaceholder,
      socialLinks: siteSettings.social.map(({ network, url }) => ({ network, url })),
    },
    overrideAccess: true,
    context,
  })
  log('site settings')

  await seedComments(payload, published.at(-1)!, now)
  log(`readers ${demoReaders.length} and comments ${demoComments.length} on the lead story`)

  // Seeding skips the per-save refresh jobs; the related lists are computed once, here.
  for (const [index, article] of published.entries()) {
    await computeRelated(payload, article.id, now)
    step('related stories', index + 1, published.length)
  }
}

type ArticleRefs = {
  authorsBySlug: Record<string, Author>
  sectionsBySlug: Record<string, Section>
  tagsBySlug: Record<string, Tag>
  createdBy: User
  status: 'published' | 'draft'
  publishedAt?: Date
}

async function createArticle(payload: Payload, article: DemoArticle, index: number, refs: ArticleRefs): Promise<Article> {
  const hero = await createImage(payload, await gradientImage(article.heroPalette, index + 1), {
    filename: `hero-${article.slug}.jpg`,
    alt: article.heroAlt,
    caption: article.heroCaption,
    credit: article.heroCredit,
  })
  const pick = <T extends { id: string }>(map: Record<string, T>, slugs: string[], what: string) =>
    slugs.map((slug) => {
      const found = map[slug]
      if (!found) throw new Error(`Demo content: "${article.slug}" names unknown ${what} "${slug}"`)
      return found.id
    })
  const publishedAt = refs.publishedAt
  // A correction is dated after the story, but never in the future; the latest one is when readers saw it change.
  const corrections = (article.corrections ?? []).map((correction) => ({
    date: new Date(Math.min(Date.now(), (publishedAt ?? new Date()).getTime() + correction.daysAfterPublish * 24 * HOUR)).toISOString(),
    text: correction.text,
  }))
  return payload.create({
    collection: 'articles',
    draft: refs.status === 'draft',
    data: {
      _status: refs.status,
      title: article.title,
      slug: article.slug,
      kicker: article.kicker,
      dek: article.dek,
      hero: { image: hero.id, caption: article.heroCaption, credit: article.heroCredit },
      body: lexicalFromBlocks(article.body) as Article['body'],
      authors: pick(refs.authorsBySlug, article.authors, 'author'),
      section: pick(refs.sectionsBySlug, [article.section], 'section')[0],
      sections: pick(refs.sectionsBySlug, article.extraSections ?? [], 'section'),
      tags: pick(refs.tagsBySlug, article.tags, 'tag'),
      featured: Boolean(article.featured),
      breaking: Boolean(article.breaking),
      commentsMode: 'open',
      corrections,
      firstPublishedAt: publishedAt?.toISOString(),
      revisedAt:
        corrections
          .map((correction) => correction.date)
          .sort()
          .at(-1) ?? null,
      createdBy: refs.createdBy.id,
      meta: { title: article.title, description: article.dek, image: hero.id },
    },
    overrideAccess: true,
    context,
  })
}

async function createImage(
  payload: Payload,
  data: Buffer,
  meta: { filename: string; alt: string; caption?: string; credit?: string },
): Promise<Media> {
  return payload.create({
    collection: 'media',
    data: { alt: meta.alt, caption: meta.caption, credit: meta.credit },
    file: { data, mimetype: 'image/jpeg', name: meta.filename, size: data.length },
    overrideAccess: true,
    context,
  })
}

/** Demo readers (verified, the demo password) and a short thread with votes under the lead story. */
async function seedComments(payload: Payload, lead: Article, now: Date): Promise<void> {
  const readers = []
  for (const reader of demoReaders) {
    readers.push(
      await payload.create({
        collection: 'readers',
        data: { ...reader, password: DEMO_PASSWORD, _verified: true },
        overrideAccess: true,
        disableVerificationEmail: true,
        context,
      }),
    )
  }
  const ids: string[] = []
  for (const [index, comment] of demoComments.entries()) {
    const created = await payload.create({
      collection: 'comments',
      data: {
        article: lead.id,
        author: readers[comment.by].id,
        body: comment.body,
        parent: comment.replyTo === undefined ? null : ids[comment.replyTo],
        status: 'approved',
        featured: comment.featured ?? false,
        createdAt: new Date(now.getTime() - (demoComments.length - index) * 40 * 60 * 1000).toISOString(),
      },
      overrideAccess: true,
      context,
    })
    ids.push(created.id)
    for (const voter of comment.upVotes ?? []) {
      await payload.create({
        collection: 'comment-votes',
        data: { comment: created.id, voter: `reader:${readers[voter].id}`, value: 1 },
        overrideAccess: true,
        context,
      })
    }
  }
  for (const id of ids) await recountComment(payload, id)
  await recountArticle(payload, lead.id)
}
