/**
 * The plumbing of a Server-Sent Events response, shared by the article page's live comments and
 * the moderation desk's live counts: a greeting with the reconnect delay, a heartbeat comment (proxies
 * close a connection that stays silent), and one end whichever way it comes (the client leaves,
 * falls too far behind, or the response is cancelled), running every cleanup once.
 */

export const EVENT_STREAM_HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  // no-transform keeps the compression middleware (and proxies) from buffering the stream.
  'Cache-Control': 'no-cache, no-transform',
  'X-Accel-Buffering': 'no',
}

/** The 503 for a process holding as many live connections as it allows. */
export const tooManyLiveConnections = () =>
  Response.json(
    { errors: [{ message: 'Too many live connections on this server: try again shortly.' }] },
    { status: 503, headers: { 'Retry-After': '30' } },
  )

export type EventStreamControls = {
  /** Sends text as it is (whole frames: `event: …\ndata: …\n\n`); nothing once the stream ended. */
  write(text: string): void
  /** Runs once the stream ends, in the order given. */
  onEnd(cleanup: () => void): void
}

export type EventStreamOptions = {
  /** The comment sent first, after `retry: 3000`. */
  greeting: string
  heartbeatMs: number
  /** Frames the client may leave unread before it is dropped (it reconnects and resumes). */
  maxUnread: number
  /** The request's abort signal: the client went away. */
  signal?: AbortSignal
  /** Subscribes and sends the first frames; called once, after the greeting. */
  start(controls: EventStreamControls): void
}

export function eventStreamResponse({ greeting, heartbeatMs, maxUnread, signal, start }: EventStreamOptions): Response {
  const encoder = new TextEncoder()
  let end: () => void = () => undefined
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        let ended = false
        const cleanups: (() => void)[] = []
        end = () => {
          if (ended) return
          ended = true
          for (const cleanup of cleanups) cleanup()
          try {
            controller.close()
          } catch {
            // already closed by the client
          }
        }
        const write = (text: string) => {
          if (ended) return
          if ((controller.desiredSize ?? 0) < -maxUnread) return end()
          controller.enqueue(encoder.encode(text))
        }
        const heartbeat = setInterval(() => write(`: heartbeat ${Date.now()}\n\n`), heartbeatMs)
        cleanups.push(() => clearInterval(heartbeat))
        if (signal) {
          const onAbort = () => end()
          signal.addEventListener('abort', onAbort)
          cleanups.push(() => signal.removeEventListener('abort', onAbort))
        }
        write(`retry: 3000\n: ${greeting}\n\n`)
        start({ write, onEnd: (cleanup) => cleanups.push(cleanup) })
      },
      cancel() {
        end()
      },
    },
    { highWaterMark: 16 },
  )
  return new Response(stream, { headers: EVENT_STREAM_HEADERS })
}
