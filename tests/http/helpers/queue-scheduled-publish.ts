/**
 * Test helper, run as its own process before a server starts:
 *   node scripts/run.mjs tests/http/helpers/queue-scheduled-publish.ts <article-slug> <seconds-from-now>
 * Queues Payload's schedulePublish job for the draft article, as the admin's "Schedule publish" does.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

const [slug, seconds] = process.argv.slice(2)
const payload = await getPayload({ config, cron: false })
const found = await payload.find({ collection: 'articles', where: { slug: { equals: slug } }, draft: true, limit: 1, overrideAccess: true })
const article = found.docs[0]
if (!article) throw new Error(`no article with slug ${slug}`)
await payload.jobs.queue({
  task: 'schedulePublish',
  input: { type: 'publish', doc: { relationTo: 'articles', value: String(article.id) } },
  waitUntil: new Date(Date.now() + Number(seconds) * 1000),
})
console.log(article.id)
await payload.destroy()
process.exit(0)
