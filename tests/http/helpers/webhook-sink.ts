import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

/** Signs the cache-purge webhooks the shared server sends to the test receiver. */
export const PURGE_SECRET = 'purge-secret-for-tests'

export type ReceivedWebhook = { receivedAt: number; headers: Record<string, string>; body: string }

/** A real HTTP receiver for outbound webhooks: each POST is kept as one JSON file in `dir` for the tests to read. */
export async function startWebhookSink(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  fs.mkdirSync(dir, { recursive: true })
  let count = 0
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      const record: ReceivedWebhook = { receivedAt: Date.now(), headers: req.headers as Record<string, string>, body }
      fs.writeFileSync(path.join(dir, `${Date.now()}-${count++}.json`), JSON.stringify(record))
      res.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/purge`, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

export function receivedWebhooks(dir: string): ReceivedWebhook[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as ReceivedWebhook)
}
