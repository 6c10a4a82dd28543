import type { Endpoint } from 'payload'

import { z } from 'zod'

import { readRouting } from '../lib/replicas/routing'
import { documentedEndpoint } from './documented-endpoint'

const READY_TIMEOUT_MS = 2_000

/**
 * `/api/readyz`: is the database (the primary) answering? The Express edge serves `/readyz` from this endpoint so
 * that the one Payload instance (inside Next) does the checking; Express never loads Payload itself.
 */
export const readinessEndpoint: Endpoint = documentedEndpoint({
  path: '/readyz',
  method: 'get',
  contract: {
    summary: 'Readiness: can this process reach its database?',
    tags: ['Operations'],
    caller: 'anyone',
    responses: {
      200: { description: 'Ready.', schema: z.object({ status: z.literal('ready'), database: z.literal('up'), latencyMs: z.number() }) },
      503: {
        description: 'Not ready: the database did not answer (Retry-After says when to ask again).',
        schema: z.object({ status: z.literal('unavailable'), database: z.literal('down'), message: z.string() }),
      },
    },
  },
  handler: async (req) => {
    const started = performance.now()
    let timer: NodeJS.Timeout | undefined
    try {
      await Promise.race([
        // Asked of the primary even with read replicas: a process that cannot write is not ready.
        readRouting().request.run({ primary: true }, () => req.payload.count({ collection: 'sections', overrideAccess: true })),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS)
        }),
      ])
      return Response.json(
        { status: 'ready', database: 'up', latencyMs: Math.round(performance.now() - started) },
        { headers: { 'Cache-Control': 'no-store' } },
      )
    } catch (error) {
      req.payload.logger.warn({ err: error }, 'readiness check: database unreachable')
      return Response.json(
        { status: 'unavailable', database: 'down', message: 'The database is not reachable; retry shortly.' },
        { status: 503, headers: { 'Cache-Control': 'no-store', 'Retry-After': '5' } },
      )
    } finally {
      clearTimeout(timer)
    }
  },
})
