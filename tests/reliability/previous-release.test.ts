import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'

import { parseDatabaseUrl } from '@/lib/config/database-url'
import { DEMO_PASSWORD } from '@/seed/demo-logins'
import { rowCounts } from '../../scripts/lib/backup'
import { onPostgresLeg, ownDatabase, startServer, type StartedServer } from '../http/helpers/server'

/**
 * An upgrade: the previous release's data (tests/fixtures/previous-release, written by that
 * release's own code: scripts/make-release-fixture.ts), migrated up by this build, then served and
 * written to by it. Nothing may be lost on the way.
 */
const FIXTURE = path.resolve('tests/fixtures/previous-release')
const manifest = JSON.parse(fs.readFileSync(path.join(FIXTURE, 'manifest.json'), 'utf8')) as {
  commit: string
  counts: Record<'sqlite' | 'postgres', Record<string, number>>
}
const engine = onPostgresLeg ? 'postgres' : 'sqlite'
const work = fs.mkdtempSync(path.join(process.env.TEST_TMP_DIR ?? os.tmpdir(), 'previous-release-'))
let server: StartedServer | undefined
let drop: (() => Promise<void>) | undefined

afterAll(async () => {
  await server?.stop()
  await drop?.()
  fs.rmSync(work, { recursive: true, force: true })
})

describe(`an upgrade from the previous release (${manifest.commit.slice(0, 7)}) on ${engine}`, () => {
  it('migrates its data up, keeps every row, and serves and takes comments on it', async () => {
    let url: string
    if (engine === 'postgres') {
      const database = await ownDatabase('previous_release')
      drop = database.drop
      url = String(database.env.DATABASE_URL)
      const restore = spawnSync(
        'pg_restore',
        ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${url}`, path.join(FIXTURE, 'postgres.dump')],
        { encoding: 'utf8' },
      )
      expect(restore.status, restore.stderr).toBe(0)
    } else {
      const file = path.join(work, 'previous.db')
      fs.writeFileSync(file, gunzipSync(fs.readFileSync(path.join(FIXTURE, 'sqlite.db.gz'))))
      url = `file:${file}`
    }
    const env = {
      ...process.env,
      DATABASE_URL: url,
      MEDIA_DIR: path.join(work, 'media'),
      NEWSROOM_DEMO: 'false',
      PAYLOAD_SECRET: 'previous-release-test',
    }
    const migrate = spawnSync(process.execPath, ['scripts/run.mjs', 'scripts/prepare.ts', '--migrate-only'], {
      env,
      encoding: 'utf8',
      timeout: 180_000,
    })
    expect(migrate.status, `${migrate.stdout}${migrate.stderr}`).toBe(0)
    expect(await rowCounts(parseDatabaseUrl(url))).toEqual(manifest.counts[engine])

    server = await startServer({ dir: work, env }, { JOBS_WORKER: 'false' })
    const articles = (await (await fetch(`${server.url}/api/articles?limit=1&depth=0&where[commentCount][greater_than]=0`)).json()) as {
      docs: { id: string; slug: string; title: string }[]
    }
    const story = articles.docs[0]
    expect(story).toBeTruthy()
    expect((await fetch(`${server.url}/articles/${story.slug}`)).status).toBe(200)
    // The search index was carried over into the tables the migrations reshaped.
    const found = (await (await fetch(`${server.url}/api/search?q=${encodeURIComponent(story.title)}`)).json()) as {
      results: { id: string }[]
    }
    expect(found.results.map((hit) => hit.id)).toContain(story.id)
    const thread = (await (await fetch(`${server.url}/api/articles/${story.id}/comments`)).json()) as { totalComments: number }
    expect(thread.totalComments).toBeGreaterThan(0)

    const login = (await (
      await fetch(`${server.url}/api/readers/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'reader@newsroom.test', password: DEMO_PASSWORD }),
      })
    ).json()) as { token: string }
    const posted = await fetch(`${server.url}/api/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${login.token}`, 'Idempotency-Key': 'after-upgrade-1' },
      body: JSON.stringify({
        article: story.id,
        body: 'Written after the upgrade.',
        formShownAt: new Date(Date.now() - 60_000).toISOString(),
      }),
    })
    expect(posted.status, await posted.clone().text()).toBe(201)
    console.log(
      `previous release (${engine}): ${manifest.counts[engine].articles} articles and ${manifest.counts[engine].comments} comments upgraded, served and commented on`,
    )
  }, 300_000)
})
