import type { ServerResponse } from 'node:http'

/** Larger responses are streamed through as they come (and not cached). */
export const MAX_BUFFERED_BYTES = 2 * 1024 * 1024

export type Finish = (status: number, body: Buffer) => Buffer

/**
 * Holds back what the handler writes until it ends, then lets `finish` set headers and choose the
 * bytes to send. Past MAX_BUFFERED_BYTES it gives up and streams the rest through unchanged.
 */
export function bufferResponse(res: ServerResponse, finish: Finish): void {
  const original = { write: res.write, end: res.end, writeHead: res.writeHead, flushHeaders: res.flushHeaders }
  type Loose = (this: ServerResponse, ...args: unknown[]) => ServerResponse & boolean
  const writeThrough = original.write as unknown as Loose
  const endThrough = original.end as unknown as Loose
  const chunks: Buffer[] = []
  let size = 0
  let passthrough = false

  const restore = () => Object.assign(res, original)
  const toBuffer = (chunk: unknown, encoding?: BufferEncoding) =>
    Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, encoding) : Buffer.from(chunk as Uint8Array)

  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    this.statusCode = status
    for (const arg of rest) {
      if (Array.isArray(arg)) for (let i = 0; i + 1 < arg.length; i += 2) this.setHeader(String(arg[i]), arg[i + 1] as string)
      else if (arg && typeof arg === 'object')
        for (const [name, value] of Object.entries(arg)) if (value !== undefined) this.setHeader(name, value as string)
    }
    return this
  } as ServerResponse['writeHead']
  res.flushHeaders = () => {}
  res.write = function (this: ServerResponse, chunk: unknown, encoding?: unknown, callback?: unknown) {
    const cb = typeof encoding === 'function' ? encoding : callback
    const enc = typeof encoding === 'string' ? (encoding as BufferEncoding) : undefined
    if (passthrough) return writeThrough.call(this, chunk, cb)
    const bytes = toBuffer(chunk, enc)
    chunks.push(bytes)
    size += bytes.length
    if (size > MAX_BUFFERED_BYTES) {
      passthrough = true
      restore()
      this.setHeader('Cache-Control', 'no-store')
      this.removeHeader('content-length')
      writeThrough.call(this, Buffer.concat(chunks))
    }
    if (typeof cb === 'function') process.nextTick(cb as () => void)
    return true
  } as ServerResponse['write']
  res.end = function (this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    const cb = [chunk, encoding, callback].find((arg) => typeof arg === 'function') as (() => void) | undefined
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') {
      chunks.push(toBuffer(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : undefined))
    }
    restore()
    const body = finish(this.statusCode, Buffer.concat(chunks))
    this.removeHeader('transfer-encoding')
    this.setHeader('Content-Length', String(body.length))
    return endThrough.call(this, body, cb)
  } as ServerResponse['end']
}
