import { Redis } from 'ioredis'

import {
  decodeStored,
  encodeMeta,
  storedKey,
  type SharedResponse,
  type SharedResponseStore,
  type SharedStoreOptions,
} from '../../lib/cache/shared-store'

/**
 * Responses in Redis, under the site's prefix: `r:<key>` a hash of the meta, body and gzip copy;
 * `t:<tag>` the keys showing a tag; `p:<tag>` when the tag was last purged; `floor` when everything
 * was; `l:<key>` a process's claim to render a missing response. Each expires with the responses. Set and purge are Lua scripts, so a purge never falls
 * between a render's check and its write.
 */
const SET_SCRIPT = `
local prefix, key, begun, ttl = ARGV[1], ARGV[2], tonumber(ARGV[3]), ARGV[4]
if tonumber(redis.call('GET', prefix .. 'floor') or '0') >= begun then return 0 end
for i = 8, #ARGV do
  local purged = redis.call('GET', prefix .. 'p:' .. ARGV[i])
  if purged and tonumber(purged) >= begun then return 0 end
end
local stored = prefix .. 'r:' .. key
redis.call('DEL', stored)
redis.call('HSET', stored, 'm', ARGV[5], 'b', ARGV[6])
if string.len(ARGV[7]) > 0 then redis.call('HSET', stored, 'g', ARGV[7]) end
redis.call('PEXPIRE', stored, ttl)
for i = 8, #ARGV do
  local tagged = prefix .. 't:' .. ARGV[i]
  redis.call('SADD', tagged, key)
  redis.call('PEXPIRE', tagged, ttl)
end
return 1`

const PURGE_SCRIPT = `
local prefix, now, ttl = ARGV[1], ARGV[2], ARGV[3]
for i = 4, #ARGV do
  local tagged = prefix .. 't:' .. ARGV[i]
  for _, key in ipairs(redis.call('SMEMBERS', tagged)) do redis.call('DEL', prefix .. 'r:' .. key) end
  redis.call('DEL', tagged)
  redis.call('SET', prefix .. 'p:' .. ARGV[i], now, 'PX', ttl)
end
return 1`

/** How long opening waits for the first connection; a Redis that is down by then is a miss per read until it is up. */
const CONNECT_WAIT_MS = 2000

export async function redisResponseStore(
  url: string,
  prefix: string,
  { build, maxAgeMs }: SharedStoreOptions,
): Promise<SharedResponseStore> {
  // A slow Redis holds a reader no longer than a render would: past this, the request renders.
  const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 1000 })
  client.on('error', () => undefined) // reconnects on its own; meanwhile every read is a miss
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, CONNECT_WAIT_MS)
    client.once('ready', () => {
      clearTimeout(timer)
      resolve()
    })
  })
  const ttl = String(maxAgeMs)
  return {
    kind: 'redis',
    async get(key) {
      const fields = await client.hgetallBuffer(`${prefix}r:${storedKey(build, key)}`)
      if (!fields.m || !fields.b) return undefined
      return decodeStored(fields.m.toString(), fields.b, fields.g ?? null, maxAgeMs)
    },
    async set(key: string, entry: SharedResponse) {
      const meta = encodeMeta(entry)
      const args = [
        prefix,
        storedKey(build, key),
        String(entry.renderBegunAt),
        ttl,
        meta,
        entry.body,
        entry.gzip ?? Buffer.alloc(0),
        ...entry.tags,
      ]
      return (await client.eval(SET_SCRIPT, 0, ...args)) === 1
    },
    async purge(tags) {
      if (tags.length > 0) await client.eval(PURGE_SCRIPT, 0, prefix, String(Date.now()), ttl, ...tags)
    },
    async purgeAll() {
      await client.set(`${prefix}floor`, String(Date.now()), 'PX', ttl)
      let cursor = '0'
      do {
        const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}[rt]:*`, 'COUNT', 500)
        if (keys.length > 0) await client.del(...keys)
        cursor = next
      } while (cursor !== '0')
    },
    async lease(key, ms) {
      return (await client.set(`${prefix}l:${storedKey(build, key)}`, '1', 'PX', ms, 'NX')) === 'OK'
    },
    async release(key) {
      await client.del(`${prefix}l:${storedKey(build, key)}`)
    },
    close: async () => void client.disconnect(),
  }
}
