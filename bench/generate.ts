/**
 * The benchmark's data generator: a newsroom archive on the database DATABASE_URL names, on top of
 * the demo content (which must be loaded: scripts/prepare.ts). Prints progress, then one line
 * `GENERATED:{json}` describing what the benchmark should read (the hot story, a sample of others).
 *   node scripts/run.mjs bench/generate.ts --scale=small|medium|full
 */
import { getPayload } from 'payload'

import { computeRelated } from '../src/related/services/related'
import { reindexAll } from '../src/search/services/search'
import { articles as demoArticles } from '../src/seed/content/demo-content'
import { commentCounts, generateArticle, generateThread, type Corpus, type GeneratedArticle, type GeneratedComment } from './lib/content'
import { scaleNamed } from './lib/scale'
import { sqlRunner } from './lib/sql'
import { localApiWriter, sqlWriter } from './lib/writers'
import { arg } from '../scripts/lib/args'

export type Generated = {
  scale: string
  articles: number
  comments: number
  hot: { id: string; slug: string; comments: number }
  sample: { id: string; slug: string }[]
  seconds: { articles: number; comments: number; counts: number; search: number; related: number }
}

const scale = scaleNamed(arg('scale', 'small'))
const MAX_DEPTH = 4 // the comment settings' default

const { default: config } = await import('@payload-config')
const payload = await getPayload({ config, cron: false })
const sql = sqlRunner(payload)
const writer = sql ? sqlWriter(sql) : localApiWriter(payload)
const elapsed = (since: number) => Number(((performance.now() - since) / 1000).toFixed(1))
const say = (line: string) => console.log(`  ${line}`)

const ids = async (collection: 'sections' | 'tags' | 'authors' | 'media') =>
  (await payload.find({ collection, limit: 0, pagination: false, depth: 0, select: {}, overrideAccess: true })).docs.map((doc) =>
    String(doc.id),
  )
const pools = { sections: await ids('sections'), tags: await ids('tags'), authors: await ids('authors'), media: await ids('media') }
if (pools.sections.length === 0 || pools.media.length === 0)
  throw new Error('No demo content: run scripts/prepare.ts with NEWSROOM_DEMO=true first.')
const corpus: Corpus = {
  titles: demoArticles.map((a) => a.title),
  deks: demoArticles.map((a) => a.dek),
  paragraphs: demoArticles.flatMap((a) => a.body.flatMap((b) => (b.type === 'p' ? [b.text] : []))),
  headings: demoArticles.flatMap((a) => a.body.flatMap((b) => (b.type === 'h2' ? [b.text] : []))),
}

const now = Date.now()
say(
  `generating ${scale.articles.toLocaleString('en')} articles and ${scale.comments.toLocaleString('en')} comments (${scale.name} scale, ${sql?.engine ?? 'Local API'} writer)`,
)
let started = performance.now()
const archive: GeneratedArticle[] = []
const ARTICLE_BATCH = 500
for (let n = 0; n < scale.articles; n += ARTICLE_BATCH) {
  const batch = Array.from({ length: Math.min(ARTICLE_BATCH, scale.articles - n) }, (_, i) =>
    generateArticle(n + i, scale.articles, pools, corpus, now),
  )
  await writer.articles(batch)
  // Only what the comments need is kept: bodies are the bulk of an archive's memory.
  archive.push(...batch.map((a) => ({ ...a, body: null })))
  say(
    `articles ${Math.min(n + ARTICLE_BATCH, scale.articles).toLocaleString('en')}/${scale.articles.toLocaleString('en')} (${elapsed(started)} s)`,
  )
}
const articleSeconds = elapsed(started)

started = performance.now()
const counts = commentCounts(archive.length, scale.comments, scale.hotComments)
let pending: GeneratedComment[] = []
let written = 0
let reported = 0
for (let n = 0; n < archive.length; n++) {
  pending.push(...generateThread(archive[n], n, counts[n], MAX_DEPTH))
  if (pending.length >= 5_000 || n === archive.length - 1) {
    await writer.comments(pending)
    written += pending.length
    pending = []
    if (written - reported >= scale.comments / 20 || n === archive.length - 1) {
      reported = written
      say(`comments ${written.toLocaleString('en')}/${scale.comments.toLocaleString('en')} (${elapsed(started)} s)`)
    }
  }
}
const commentSeconds = elapsed(started)

started = performance.now()
await writer.finish()
const countSeconds = elapsed(started)
say(`comment counts recomputed (${countSeconds} s)`)

started = performance.now()
const indexed = await reindexAll(payload, (done, total) => {
  if (done % 5000 === 0 || done === total) say(`search index ${done}/${total}`)
})
const searchSeconds = elapsed(started)
say(`search index: ${indexed} articles (${searchSeconds} s)`)

// The job computes every published story's related list in service; the benchmark reads these.
started = performance.now()
const sample = archive.slice(0, scale.relatedSample)
for (const article of sample) await computeRelated(payload, writer.storedId(article.id))
const relatedSeconds = elapsed(started)
say(`related stories precomputed for ${sample.length} articles (${relatedSeconds} s)`)

const summary: Generated = {
  scale: scale.name,
  articles: scale.articles,
  comments: scale.comments,
  hot: { id: writer.storedId(archive[0].id), slug: archive[0].slug, comments: counts[0] },
  sample: sample.map((a) => ({ id: writer.storedId(a.id), slug: a.slug })),
  seconds: { articles: articleSeconds, comments: commentSeconds, counts: countSeconds, search: searchSeconds, related: relatedSeconds },
}
console.log(`GENERATED:${JSON.stringify(summary)}`)
await payload.destroy()
process.exit(0)
