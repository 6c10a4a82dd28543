import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { settleAbandonedJobs } from '@/db/abandoned-jobs'
import { WORKER_ID } from '@/db/job-claims'
import { abandonPolicy } from '@/jobs/settle-abandoned'
import { ABANDONED_MESSAGE } from '@/lib/leases/job-lease'
import { setCommentSettings } from './helpers/comments'
import { testPayload, unique } from './helpers/payload'

/**
 * Several workers on one queue: every job runs exactly once. Four runners claim from the same queue
 * at the same moment over the database (the same race as four processes: each claim is its own
 * statement on its own connection), and a real HTTP receiver counts what each job delivered.
 * Without the compare-and-set claim (src/db/job-claims.ts) PostgreSQL delivered most jobs twice.
 */
let payload: Payload
let receiver: http.Server
let url: string
const received: string[] = []
/** Runs while a delivery waits for its answer: what the job looks like mid-send. */
let duringDelivery: ((n: string) => Promise<void>) | null = null
const queue = unique('claims')

beforeAll(async () => {
  payload = await testPayload()
  receiver = http.createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', async () => {
      const { n } = JSON.parse(body) as { n: string }
      received.push(n)
      await duringDelivery?.(n).catch(() => undefined)
      response.end('ok')
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`
  await setCommentSettings(payload, { webhooks: [{ url, secret: 'a-webhook-secret-of-length', events: ['comment.created'] }] })
})

afterAll(async () => {
  receiver.close()
  await setCommentSettings(payload, {})
})

describe('job claims', () => {
  it('runs each of 60 jobs exactly once with four workers claiming at once', async () => {
    const jobs = 60
    for (let n = 0; n < jobs; n += 1) {
      await payload.jobs.queue({
        task: 'deliverWebhook',
        queue,
        input: { url, event: 'comment.created', body: JSON.stringify({ n: `${queue}-${n}` }) },
      })
    }
    const worker = async (): Promise<void> => {
      for (let round = 0; round < 40; round += 1) {
        const result = await payload.jobs.run({ queue, limit: 4 })
        if (result.noJobsRemaining) return
      }
    }
    await Promise.all([worker(), worker(), worker(), worker()])

    const counts = new Map<string, number>()
    for (const n of received) counts.set(n, (counts.get(n) ?? 0) + 1)
    const doubled = [...counts].filter(([, count]) => count > 1)
    expect(doubled, `${doubled.length} jobs ran more than once`).toEqual([])
    expect(counts.size).toBe(jobs)
    const left = await payload.find({
      collection: 'payload-jobs',
      where: { queue: { equals: queue }, completedAt: { exists: false } },
      limit: 1,
    })
    expect(left.totalDocs).toBe(0)
  })

  it('does not run a job twice when it is run by id from two places at once', async () => {
    const job = await payload.jobs.queue({
      task: 'deliverWebhook',
      queue,
      input: { url, event: 'comment.created', body: JSON.stringify({ n: `${queue}-by-id` }) },
    })
    await Promise.all([payload.jobs.runByID({ id: job.id }), payload.jobs.runByID({ id: job.id }), payload.jobs.runByID({ id: job.id })])
    expect(received.filter((n) => n === `${queue}-by-id`)).toHaveLength(1)
  })
})

describe('jobs whose worker died holding them', () => {
  const hourAgo = () => new Date(Date.now() - 3_600_000).toISOString()
  // Far enough back that no job another test file is running right now counts as abandoned.
  const cutoff = () => new Date(Date.now() - 30 * 60_000)
  const webhookJob = (n: string) =>
    payload.jobs.queue({ task: 'deliverWebhook', queue, input: { url, event: 'comment.created', body: JSON.stringify({ n }) } })
  const claimedByTheDead = (id: number | string, sendingAt: string | null = null) =>
    payload.update({
      collection: 'payload-jobs',
      id,
      data: { processing: true, claimedBy: 'gone-host:4242', claimedAt: hourAgo(), sendingAt },
    })
  const job = (id: number | string) => payload.findByID({ collection: 'payload-jobs', id })

  it('records which worker claimed a job and when, and when it began sending', async () => {
    const queued = await webhookJob(`${queue}-claimed`)
    await payload.update({ collection: 'payload-jobs', id: queued.id, data: { sendingAt: hourAgo() } })
    await payload.db.updateJobs({ id: queued.id, data: { processing: true }, req: {} })
    const claimed = await job(queued.id)
    expect(claimed.processing).toBe(true)
    expect(claimed.claimedBy).toBe(WORKER_ID)
    expect(Date.now() - new Date(claimed.claimedAt ?? 0).getTime()).toBeLessThan(60_000)
    // A new claim is a new run: the last run's mark does not carry over.
    expect(claimed.sendingAt ?? null).toBeNull()
    await payload.delete({ collection: 'payload-jobs', id: queued.id })
    // A delivery marks the moment it began sending, on disk before the request leaves.
    const sent = await webhookJob(`${queue}-marked`)
    let seenMidSend: string | null | undefined
    duringDelivery = async (n) => {
      if (n === `${queue}-marked`) seenMidSend = (await job(sent.id)).sendingAt
    }
    const before = Date.now()
    await payload.jobs.runByID({ id: sent.id })
    duringDelivery = null
    expect(received).toContain(`${queue}-marked`)
    expect(new Date(seenMidSend ?? 0).getTime()).toBeGreaterThanOrEqual(before - 1000)
  })

  it('fails a delivery its dead worker began sending, runs again one it had not, and leaves a live claim alone', async () => {
    const delivery = await webhookJob(`${queue}-abandoned`)
    const unsent = await webhookJob(`${queue}-unsent`)
    const recompute = await payload.jobs.queue({ task: 'refreshRelated', queue, input: { articleId: 'abandoned-article' } })
    const live = await webhookJob(`${queue}-live`)
    await claimedByTheDead(delivery.id, hourAgo())
    await claimedByTheDead(unsent.id)
    await claimedByTheDead(recompute.id, hourAgo())
    await payload.db.updateJobs({ id: live.id, data: { processing: true }, req: {} })

    const settled = await settleAbandonedJobs(payload, cutoff(), abandonPolicy)
    expect(settled.ranAgain).toEqual(expect.arrayContaining([String(recompute.id), String(unsent.id)]))
    expect(settled.failed).toContainEqual({ id: String(delivery.id), claimedBy: 'gone-host:4242' })
    expect(settled.ranAgain).not.toContain(String(live.id))
    expect(settled.failed.map((failed) => failed.id)).not.toContain(String(live.id))

    const failed = await job(delivery.id)
    expect(failed).toMatchObject({ processing: false, hasError: true })
    expect((failed.error as { message: string }).message).toBe(`${ABANDONED_MESSAGE}gone-host:4242`)
    expect(await job(recompute.id)).toMatchObject({ processing: false, hasError: false })
    expect((await job(live.id)).processing).toBe(true)

    // Settling again finds nothing; running the queue never sends the abandoned delivery.
    expect(await settleAbandonedJobs(payload, cutoff(), abandonPolicy)).toEqual({ ranAgain: [], failed: [] })
    // Running the queue sends the delivery that had not begun, never the one that had.
    await payload.jobs.run({ queue, limit: 10 })
    expect(received).toContain(`${queue}-unsent`)
    expect(received).not.toContain(`${queue}-abandoned`)
    for (const id of [delivery.id, unsent.id, recompute.id, live.id]) {
      await payload.delete({ collection: 'payload-jobs', where: { id: { equals: id } } })
    }
  })
})
