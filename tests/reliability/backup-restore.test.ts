import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, inject, it } from 'vitest'

import { parseDatabaseUrl } from '@/lib/config/database-url'
import { baseUrl, request } from '../http/helpers/client'
import { ownDatabase, startServer, type StartedServer } from '../http/helpers/server'

/**
 * The backup drill, on this leg's engine: `npm run backup` of the shared server's database and
 * uploads while it serves, `npm run restore` into a new database and folder, and a second server on
 * the restored copy that serves the same articles, comments and image bytes as the first.
 */
const engine = parseDatabaseUrl(inject('databaseUrl')).engine
const work = fs.mkdtempSync(path.join(process.env.TEST_TMP_DIR ?? os.tmpdir(), 'backup-drill-'))
let restored: StartedServer | undefined
let dropDatabase: (() => Promise<void>) | undefined

afterAll(async () => {
  await restored?.stop()
  await dropDatabase?.()
  fs.rmSync(work, { recursive: true, force: true })
})

function npmScript(script: 'backup' | 'restore', args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['scripts/run.mjs', `scripts/${script}.ts`, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  })
  return { code: result.status, output: `${result.stdout}${result.stderr}` }
}

type Story = { id: string; slug: string; title: string; hero?: { image?: { url?: string } } }
const stories = async (base: string) => {
  const response = await fetch(`${base}/api/articles?limit=100&depth=1&sort=slug&select[slug]=true&select[title]=true&select[hero]=true`)
  return (await response.json()) as { totalDocs: number; docs: Story[] }
}
const thread = async (base: string, id: string) => {
  const response = await fetch(`${base}/api/articles/${id}/comments?limit=50&sort=oldest`)
  const page = (await response.json()) as { totalComments: number; comments: { id: string; body: string }[] }
  return { total: page.totalComments, comments: page.comments.map((comment) => [comment.id, comment.body]) }
}

describe(`backup and restore drill (${engine})`, () => {
  it('backs up the live database and uploads, restores them into new ones, and the restored site serves the same', async () => {
    const source = { DATABASE_URL: inject('databaseUrl'), MEDIA_DIR: inject('mediaDir') }
    const folder = path.join(work, 'backup')
    const backup = npmScript('backup', [`--out=${folder}`], source)
    expect(backup.code, backup.output).toBe(0)
    expect(fs.existsSync(path.join(folder, 'manifest.json'))).toBe(true)

    // A new, empty target of the same engine.
    let target: Record<string, string>
    if (engine === 'postgres') {
      const database = await ownDatabase('restored')
      dropDatabase = database.drop
      target = { DATABASE_URL: String(database.env.DATABASE_URL), MEDIA_DIR: path.join(work, 'media') }
    } else target = { DATABASE_URL: `file:${path.join(work, 'restored.db')}`, MEDIA_DIR: path.join(work, 'media') }

    const restore = npmScript('restore', [`--from=${folder}`], target)
    expect(restore.code, restore.output).toBe(0)
    // It refuses to restore over what it has just restored.
    const again = npmScript('restore', [`--from=${folder}`], target)
    expect(again.code).not.toBe(0)
    expect(again.output).toMatch(/not empty|exists/)

    restored = await startServer(
      {
        dir: work,
        env: { ...process.env, ...target, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'http-test-secret', LOG_LEVEL: 'warn' },
      },
      { JOBS_WORKER: 'false' },
    )
    const [before, after] = [await stories(baseUrl()), await stories(restored.url)]
    expect(after.totalDocs).toBe(before.totalDocs)
    expect(after.docs.map((story) => [story.id, story.slug, story.title])).toEqual(
      before.docs.map((story) => [story.id, story.slug, story.title]),
    )

    const commented = (await request<{ docs: { id: string }[] }>('/api/articles?where[commentCount][greater_than]=0&limit=1&depth=0')).body
      .docs[0]
    expect(await thread(restored.url, commented.id)).toEqual(await thread(baseUrl(), commented.id))

    const imageUrl = before.docs.find((story) => story.hero?.image?.url)?.hero?.image?.url
    expect(imageUrl).toBeTruthy()
    const bytes = async (base: string) => Buffer.from(await (await fetch(new URL(new URL(imageUrl!, base).pathname, base))).arrayBuffer())
    expect((await bytes(restored.url)).equals(await bytes(baseUrl()))).toBe(true)
    console.log(`backup drill (${engine}): ${backup.output.trim().split('\n').pop()}\n  ${restore.output.trim().split('\n').pop()}`)
  }, 240_000)
})
