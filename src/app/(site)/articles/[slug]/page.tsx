import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound, permanentRedirect } from 'next/navigation'

import { listArticleComments, pageHolding } from '@/comments/services/listing'
import { articlePath, tagPath } from '@/lib/articles/paths'
import { cacheTags } from '@/lib/cache/tags'
import { settings } from '@/lib/config/settings'
import { serializeJsonLd } from '@/lib/seo/json-ld'
import type { Author, Tag } from '@/payload-types'
import { relatedStories } from '@/related/services/related'
import { loadArticle, redirectFor } from '@/site/article'
import { articleJsonLd, siteInfo } from '@/site/feeds-data'
import { ArticleBody } from '@/site/components/ArticleBody'
import { ArticleHeader } from '@/site/components/ArticleHeader'
import { DateLine } from '@/site/components/DateLine'
import { RelatedStories } from '@/site/components/RelatedStories'
import { CommentsWhenNear } from '@/comments/islands/CommentsWhenNear'
import { InlineFeedback } from '@/comments/islands/InlineFeedback'
import { LivePreview } from '@/site/islands/LivePreview'
import { Island } from '@/site/islands/Island'
import { IslandsScript } from '@/site/islands/IslandsScript'
import { ViewBeacon } from '@/readership/islands/ViewBeacon'
import { picture } from '@/site/media'
import { ResponsiveImage } from '@/site/components/ResponsiveImage'
import { anonymousRequest, showing, sitePayload } from '@/site/payload'
import { siteSettings } from '@/site/site-settings'
import { firstParam, sectionNeighbours } from '@/site/stories'
import { pageAlternates } from '@/site/feed-links'
import { ShareLinks } from '@/site/components/ShareLinks'
import { ArticleFooter } from '@/site/components/ArticleFooter'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const article = await loadArticle(slug)
  if (!article) return {}
  const meta = article.meta
  // Social cards get the upload as sent: not every network takes the WebP sizes.
  const shared = picture(meta?.image, 'hero') ?? picture(article.hero?.image, 'hero')
  const image = shared ? { ...shared.original, alt: shared.alt } : null
  const title = meta?.title || article.title
  const description = meta?.description || article.dek || undefined
  return {
    title: { absolute: title },
    description,
    alternates: await pageAlternates(meta?.canonicalUrl || articlePath(slug)),
    openGraph: {
      type: 'article',
      siteName: (await siteSettings()).siteName ?? settings.siteName,
      title,
      description,
      url: articlePath(slug),
      publishedTime: article.firstPublishedAt ?? undefined,
      modifiedTime: article.updatedAt,
      images: image ? [{ url: image.url, width: image.width ?? undefined, height: image.height ?? undefined, alt: image.alt }] : undefined,
    },
    twitter: { card: 'summary_large_image', title, description, images: image ? [image.url] : undefined },
  }
}

/** The article page: the story, its comments block, "You may also like" and the site around it. */
export default async function ArticlePage({ params, searchParams }: Props) {
  const { slug } = await params
  const article = await loadArticle(slug)
  if (!article) {
    const target = await redirectFor(slug)
    if (target) permanentRedirect(target)
    notFound()
  }
  const query = await searchParams
  const payload = await sitePayload()
  const req = await anonymousRequest()
  const published = article._status === 'published'
  const withComments = article.commentsMode !== 'disabled' && published
  // A permalink (?comment=:id) renders the page of threads that holds the comment, newest first.
  const linked = firstParam(query.comment)
  const linkedPage = withComments && linked && /^[\w-]{1,64}$/.test(linked) ? await pageHolding(req, article.id, linked) : null
  const sort = linkedPage ? undefined : firstParam(query.sort)
  const cpage = linkedPage ? String(linkedPage) : firstParam(query.cpage)
  const [site, comments, related] = await Promise.all([
    siteSettings(),
    !withComments
      ? null
      : // A hand-edited ?sort= or ?cpage= that the API refuses shows the first page instead.
        listArticleComments(req, article.id, { ...(sort ? { sort } : {}), ...(cpage ? { page: cpage } : {}) }).catch(() =>
          listArticleComments(req, article.id, {}),
        ),
    published ? relatedStories(payload, article.id, 4) : Promise.resolve([]),
  ])
  const structuredData = articleJsonLd(article, siteInfo(site))
  await showing([cacheTags.related(article.id), ...related.map((story) => cacheTags.article(story.id))])
  const hero = picture(article.hero?.image, 'hero')
  const tags = (article.tags ?? []).filter((tag): tag is Tag => typeof tag === 'object' && tag !== null)
  const authors = (article.authors ?? []).filter((author): author is Author => typeof author === 'object' && author !== null)
  const neighbours = published ? await sectionNeighbours(article) : { previous: null, next: null }

  const previewing = (await draftMode()).isEnabled

  return (
    <>
      {previewing ? (
        // Staff only (the preview route checks): so the editor never mistakes a draft for the live page.
        <p className="notice preview-notice" role="status">
          {article.firstPublishedAt
            ? 'Preview of the latest draft: readers see the published version until these changes are published.'
            : 'Preview of a draft: readers cannot see this story until it is published.'}{' '}
          <a href={`/next/exit-preview?path=${encodeURIComponent(articlePath(slug))}`}>Leave preview</a>
        </p>
      ) : null}
      {/* Live preview needs Next's router: a preview keeps Next's runtime, and the islands bundle stays out. */}
      {previewing ? <LivePreview /> : <IslandsScript />}
      {published && !previewing ? <Island name="ViewBeacon" component={ViewBeacon} props={{ articleId: article.id }} /> : null}
      <article className="article" aria-labelledby="article-title">
        {structuredData ? (
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(structuredData) }} />
        ) : null}
        <ArticleHeader article={article} />
        {hero ? (
          <figure className="hero">
            <ResponsiveImage image={hero} slot="hero" eager />
            {article.hero?.caption || article.hero?.credit || hero.caption || hero.credit ? (
              <figcaption>
                {article.hero?.caption ?? hero.caption}
                {(article.hero?.credit ?? hero.credit) ? <span className="credit"> {article.hero?.credit ?? hero.credit}</span> : null}
              </figcaption>
            ) : null}
          </figure>
        ) : null}
        <ArticleBody body={article.body} />
        {article.corrections?.length ? (
          <section className="corrections" aria-labelledby="corrections-heading">
            <h2 id="corrections-heading">Corrections</h2>
            <ul>
              {article.corrections.map((correction) => (
                <li key={correction.id ?? correction.date}>
                  <DateLine iso={correction.date} />: {correction.text}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {tags.length ? (
          <nav className="tags" aria-label="Tags">
            <ul>
              {tags.map((tag) => (
                <li key={tag.id}>
                  <a href={tagPath(tag.slug)} rel="tag">
                    {tag.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <ShareLinks url={`${settings.siteUrl}${articlePath(slug)}`} title={article.title} />
        <ArticleFooter authors={authors} previous={neighbours.previous} next={neighbours.next} />
      </article>
      {comments ? (
        <>
          <Island name="InlineFeedback" component={InlineFeedback} props={{ articleId: article.id, open: comments.form.open }} />
          <Island
            name="CommentsWhenNear"
            component={CommentsWhenNear}
            props={{ initial: comments, articlePath: articlePath(slug), linkedId: linkedPage ? linked! : null }}
          />
        </>
      ) : null}
      <RelatedStories stories={related} />
    </>
  )
}
