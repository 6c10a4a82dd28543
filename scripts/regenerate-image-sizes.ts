/**
 * `npm run media:regenerate-sizes [-- --all]`: makes the image sizes again for uploads that lack
 * some of those the media collection now defines (an upload from before a size or the WebP format
 * was added, or a size file lost), or for every upload with `--all`. Originals are kept.
 */
import { getPayload } from 'payload'

import { regenerateImageSizes } from '../src/collections/Media/regenerate-sizes'
import { describeTarget, prepareEnvironment } from './lib/env'

const { target } = prepareEnvironment()
const { default: config } = await import('@payload-config')
const payload = await getPayload({ config, cron: false })
const everything = process.argv.includes('--all')
const started = performance.now()
console.log(`regenerating ${everything ? 'every upload’s' : 'missing'} image sizes on ${describeTarget(target)}`)
const outcome = await regenerateImageSizes(payload, {
  everything,
  onProgress: ({ done, total, regenerated }) => {
    const line = `  ${done}/${total} uploads checked, ${regenerated} regenerated`
    if (process.stdout.isTTY) process.stdout.write(`\r\x1b[2K${line}`)
    else if (done === total || done % 100 === 0) console.log(line)
  },
})
if (process.stdout.isTTY) process.stdout.write('\n')
for (const failure of outcome.failed) console.error(`  failed: ${failure.filename} (${failure.id}): ${failure.message}`)
console.log(
  `checked ${outcome.checked} uploads, regenerated ${outcome.regenerated}, ${outcome.failed.length} failed, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
)
await payload.destroy()
process.exit(outcome.failed.length ? 1 : 0)
