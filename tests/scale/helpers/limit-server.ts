/**
 * A process with nothing but the edge's rate limits in front of an answer, on the store named by
 * LIMIT_STORE (redis | postgres | memory) at LIMIT_STORE_URL: several of these show the counts are
 * shared through the store, without the cost of full service processes. Prints its port.
 */
import express from 'express'
import type { AddressInfo } from 'node:net'

import { rateLimits, type RateLimitStore } from '@/server/rate-limits'

const kind = process.env.LIMIT_STORE
const url = process.env.LIMIT_STORE_URL ?? ''
const store: RateLimitStore = kind === 'redis' || kind === 'postgres' ? { kind, url } : { kind: 'memory' }
const limits = rateLimits(store)
const app = express()
app.set('trust proxy', 'loopback')
app.use(limits.middleware)
app.all('/{*splat}', (_req, res) => void res.status(401).json({ errors: [{ message: 'The email or password provided is incorrect.' }] }))
// Counting starts in the shared store: until it answers, a process counts in memory alone.
await limits.ready
const server = app.listen(0, '127.0.0.1', () => console.log(`port ${(server.address() as AddressInfo).port}`))
process.on('SIGTERM', () => {
  server.close()
  void limits.close().then(() => process.exit(0))
})
