/**
 * `npm run reindex`: rebuilds the full-text search index from the published articles, with progress.
 * The index is kept in step by hooks; this is for a new engine, a restore or a changed index layout.
 */
import { getPayload } from 'payload'

import { reindexAll } from '../src/search/services/search'
import { describeTarget, prepareEnvironment } from './lib/env'

const { target } = prepareEnvironment()
const { default: config } = await import('@payload-config')
const payload = await getPayload({ config, cron: false })
const started = performance.now()
console.log(`reindexing search on ${describeTarget(target)}`)
const count = await reindexAll(payload, (done, total) => {
  const line = `  ${done}/${total} articles`
  if (process.stdout.isTTY) process.stdout.write(`\r\x1b[2K${line}`)
  else console.log(line)
})
if (process.stdout.isTTY) process.stdout.write('\n')
console.log(`indexed ${count} published articles in ${((performance.now() - started) / 1000).toFixed(1)} s`)
await payload.destroy()
process.exit(0)
