import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

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
const queue = unique('claims')

beforeAll(async () => {
  payload = await testPayload()
  receiver = http.createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      received.push((JSON.parse(body) as { n: string }).n)
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
