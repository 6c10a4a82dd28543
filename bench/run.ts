/**
 * `npm run bench`: the newsroom benchmark. Generates an archive, starts the production server and
 * the floors (L0 raw SQL, L1 bytes from memory, L2 Local API), drives every scenario and layer one
 * after another in one run, and writes bench/RESULTS.md, bench/results/chart.svg and
 * bench/results/latest.json.
 *   npm run bench                                    # small scale on SQLite, minutes
 *   npm run bench -- --scale=full --engine=postgres  # 50,000 articles and 1,000,000 comments
 * Options: --seconds=N per measurement, --soak=N seconds, --connections=N.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'

import { buildIsCurrent } from '../scripts/lib/build-state'
import { withScratchPostgres } from '../scripts/lib/scratch-postgres'
import { freePort, preparedEnvironment, startServer, type StartedServer } from '../tests/http/helpers/server'
import { apiCall, demoLogin } from './lib/api'
import { runGenerator } from './lib/generator'
import { load, type LoadResult } from './lib/load'
import { renderReport, type Measurement, type RunInfo } from './lib/report'
import { scaleNamed } from './lib/scale'
import { readSteps, WORK_CONNECTIONS } from './lib/scenarios'
import { mixedLoad, postComments, soak, spike, WRITE_PATH_SETTINGS } from './lib/workloads'
import { arg } from '../scripts/lib/args'

const scale = scaleNamed(arg('scale', 'small'))
const engine = arg('engine', scale.name === 'small' ? 'sqlite' : 'postgres')
const seconds = Number(arg('seconds', '8'))
const soakSeconds = Number(arg('soak', scale.name === 'full' ? '600' : '60'))
const connections = Number(arg('connections', '16'))
// Keeps the generated database (SQLite file or PostgreSQL database) for profiling: prints its URL.
const generateOnly = process.argv.includes('--generate-only')
const keep = generateOnly || process.argv.includes('--keep')
if (!['sqlite', 'postgres'].includes(engine)) throw new Error('--engine is sqlite or postgres (MongoDB: no server on these machines).')

function ensureBuild() {
  if (buildIsCurrent()) return
  console.log('the production build is missing or older than the sources: running npm run build')
  const built = spawnSync('npm', ['run', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', PAYLOAD_SECRET: 'bench' },
  })
  if (built.status !== 0) throw new Error('npm run build failed')
}

async function startFloor(env: Record<string, string | undefined>): Promise<{ url: string; stop: () => void }> {
  const port = await freePort()
  const child = spawn(process.execPath, ['scripts/run.mjs', 'bench/lib/floor-server.ts'], {
    env: { ...env, PORT: String(port), NODE_ENV: 'production', LOG_LEVEL: 'warn' } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('FLOOR READY') && resolve())
    child.on('exit', (code) => reject(new Error(`floor server exited ${code}`)))
  })
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') }
}

/** A response's bytes as sent (fetch would decompress them), for L1 to serve the same. */
function rawGet(url: string, headers: Record<string, string>): Promise<{ body: Buffer; type: string; encoding: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            body: Buffer.concat(chunks),
            type: String(response.headers['content-type'] ?? ''),
            encoding: String(response.headers['content-encoding'] ?? 'identity'),
          }),
        )
      })
      .on('error', reject)
  })
}

async function bench(databaseUrl: string | undefined): Promise<void> {
  ensureBuild()
  console.log(`\n${engine}, ${scale.name} scale: migrating and loading the demo content`)
  const environment = await preparedEnvironment(`bench-${engine}`, databaseUrl ? { DATABASE_URL: databaseUrl } : {})
  let server: StartedServer | undefined
  let floor: { url: string; stop: () => void } | undefined
  try {
    const data = await runGenerator(scale, environment.env)
    if (generateOnly) return
    const coldStarted = performance.now()
    server = await startServer(environment, { LOG_LEVEL: 'warn', PAGE_CACHE_MB: '256' })
    const coldStart = (performance.now() - coldStarted) / 1000
    console.log(`server ready in ${coldStart.toFixed(2)} s (spawn to /readyz 200)`)
    floor = await startFloor(environment.env)
    const service = server.url

    const admin = await demoLogin(service, 'users', 'admin@newsroom.test')
    const editor = await demoLogin(service, 'users', 'editor@newsroom.test')
    const reader = await demoLogin(service, 'readers', 'reader@newsroom.test')
    await apiCall(`${service}/api/globals/comment-settings`, { method: 'POST', token: admin, json: WRITE_PATH_SETTINGS })
    const article = await apiCall<{ docs: { section: { id: string } }[] }>(
      `${service}/api/articles?where[slug][equals]=${encodeURIComponent(data.sample[1].slug)}&depth=1&limit=1`,
    )
    const steps = readSteps(service, floor.url, data, article.docs[0].section.id)
    // L1 serves exactly the bytes the service sends for the cached reads.
    for (const [key, step] of [
      ['article', steps.find((s) => s.label === 'REST, cached')!],
      ['page', steps.find((s) => s.label === 'page, cached')!],
    ] as const) {
      const sent = await rawGet(step.target.url, step.target.headers ?? {})
      await fetch(`${floor.url}/l1/${key}`, {
        method: 'PUT',
        body: new Uint8Array(sent.body),
        headers: { 'content-type': sent.type, 'x-content-encoding': sent.encoding },
      })
    }
    const etag = (await fetch(`${service}/articles/${encodeURIComponent(data.sample[1].slug)}`)).headers.get('etag') ?? ''

    const measurements: Measurement[] = []
    const spikes: RunInfo['spikes'] = []
    const record = (scenario: string, layer: Measurement['layer'], label: string, result: LoadResult) => {
      measurements.push({ scenario, layer, label, ...result })
      console.log(
        `  ${scenario.padEnd(20)} ${layer.padEnd(5)} ${label.padEnd(40)} ${result.rps.toFixed(0).padStart(6)} req/s  p50 ${result.p50} ms  p95 ${result.p95} ms  p99 ${result.p99} ms  5xx ${result.errors5xx}`,
      )
    }
    console.log(`\nreads (${seconds} s each)`)
    for (const step of steps) {
      const headers = { ...step.target.headers }
      if (headers['if-none-match'] === '') headers['if-none-match'] = etag
      const request = { url: step.target.url, connections: step.connections, headers, method: step.target.method, body: step.target.body }
      await load({ ...request, seconds: 1 }) // warm-up
      record(step.scenario, step.layer, step.label, await load({ ...request, seconds }))
    }

    console.log('\nwrites and mixes')
    const posted = await postComments({
      service,
      token: reader,
      articles: data.sample.slice(2, 12),
      seconds,
      connections: WORK_CONNECTIONS,
    })
    record('comment POST', 'L3', 'POST /api/comments (10% retried keys)', posted.result)
    console.log(`  comments: ${posted.accepted} accepted, ${posted.stored} stored, ${posted.doubled} doubled, ${posted.lost} lost`)
    // Speed work, before and after in one run: a second process on the same database with miss
    // collapsing turned off takes the mixed load and a spike first.
    const before = await startServer(environment, {
      LOG_LEVEL: 'warn',
      PAGE_CACHE_MB: '256',
      PAGE_CACHE_COLLAPSE_MS: '0',
      JOBS_WORKER: 'false',
    })
    try {
      const mixedBefore = await mixedLoad({ service: before.url, reader, editor, data, seconds: seconds * 2, connections })
      record('mixed load', 'L3', 'mixed 60/12/12/8/5/3, collapsing off (before)', mixedBefore)
      const spikeBefore = await spike({ service: before.url, editor, seconds, connections: connections * 4 })
      record('breaking-news spike', 'L3', `new story, ${connections * 4} connections, collapsing off (before)`, spikeBefore.result)
      spikes.push({ label: 'collapsing off (before)', renders: spikeBefore.renders, slowestMs: spikeBefore.slowestMs })
    } finally {
      await before.stop()
    }
    const mixed = await mixedLoad({ service, reader, editor, data, seconds: seconds * 2, connections })
    record('mixed load', 'L3', 'mixed 60/12/12/8/5/3', mixed)
    const spiked = await spike({ service, editor, seconds, connections: connections * 4 })
    record('breaking-news spike', 'L3', `new story, ${connections * 4} connections at once`, spiked.result)
    spikes.push({ label: 'collapsing on', renders: spiked.renders, slowestMs: spiked.slowestMs })
    for (const s of spikes) console.log(`  spike, ${s.label}: ${s.renders} renders, slowest answer ${s.slowestMs.toFixed(0)} ms`)
    const soaked = await soak({ service, reader, editor, data, seconds: soakSeconds, pid: server.child.pid! })
    record('soak', 'L3', `mixed at ${soaked.rate} req/s for ${soakSeconds} s`, soaked.result)
    console.log(`  soak: RSS ${soaked.rssStartMb.toFixed(0)} → ${soaked.rssEndMb.toFixed(0)} MB (${soaked.growthPercent.toFixed(1)}%)`)

    const info: RunInfo = {
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      engine,
      data,
      seconds,
      connections,
      coldStart,
      comments: posted,
      spikes,
      soak: soaked,
      command: `npm run bench -- --scale=${scale.name} --engine=${engine} --seconds=${seconds} --soak=${soakSeconds}`,
    }
    fs.mkdirSync('bench/results', { recursive: true })
    const { markdown, svg } = renderReport(info, measurements)
    fs.writeFileSync('bench/RESULTS.md', markdown)
    fs.writeFileSync('bench/results/chart.svg', svg)
    fs.writeFileSync('bench/results/latest.json', JSON.stringify({ info, measurements }, null, 2))
    console.log('\nwrote bench/RESULTS.md, bench/results/chart.svg, bench/results/latest.json')
  } finally {
    floor?.stop()
    await server?.stop()
    if (keep) console.log(`kept: DATABASE_URL=${environment.env.DATABASE_URL} MEDIA_DIR=${environment.env.MEDIA_DIR}`)
    else fs.rmSync(environment.dir, { recursive: true, force: true })
  }
}

// --database-url: an empty PostgreSQL database of your own, kept afterwards (for profiling).
const ownDatabase = arg('database-url', '')
if (ownDatabase) await bench(ownDatabase)
else if (engine === 'postgres') await withScratchPostgres('newsroom_bench', (url) => bench(url))
else await bench(undefined)
process.exit(0)
