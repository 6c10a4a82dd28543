/**
 * One load measurement with autocannon, with latencies recorded per response so p95 is exact
 * (autocannon's own summary stops at p90 and p97.5). Loopback targets only.
 */
import autocannon from 'autocannon'

export type LoadResult = {
  requests: number
  rps: number
  p50: number
  p95: number
  p99: number
  max: number
  connections: number
  /** Status 5xx and socket errors or timeouts: must be 0 in every scenario. */
  errors5xx: number
  socketErrors: number
  statuses: Record<string, number>
}

export type LoadOptions = {
  url: string
  seconds: number
  connections?: number
  method?: 'GET' | 'POST' | 'PATCH'
  headers?: Record<string, string>
  body?: string
  /** Called for every request: returns the request to send (for mixes, unique keys); `context` is the connection's. */
  next?: (context: Record<string, unknown>) => { method?: string; path: string; headers?: Record<string, string>; body?: string }
  /** Sees every response with the context its request was set up in. */
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void
  /** Caps the rate (requests per second in all), for the soak. */
  rate?: number
}

export function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0
}

const tenth = (ms: number) => Math.round(ms * 10) / 10

export async function load(options: LoadOptions): Promise<LoadResult> {
  const target = new URL(options.url)
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname)) throw new Error(`Refusing to load ${target.host}: loopback only.`)
  const latencies: number[] = []
  const statuses: Record<string, number> = {}
  const connections = options.connections ?? 16
  const settings: autocannon.Options = {
    url: options.url,
    connections,
    duration: options.seconds,
    method: options.method ?? 'GET',
    headers: options.headers,
    body: options.body,
    overallRate: options.rate,
    timeout: 10,
    requests: options.next
      ? [
          {
            setupRequest: (request, context) => {
              const next = options.next!(context as Record<string, unknown>)
              return {
                ...request,
                method: (next.method ?? request.method) as 'GET',
                path: next.path,
                body: next.body,
                headers: { ...request.headers, ...next.headers },
              }
            },
            onResponse: options.onResponse
              ? (status: number, body: string, context: object) => options.onResponse!(status, body, context as Record<string, unknown>)
              : undefined,
          },
        ]
      : undefined,
  }
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(settings, (error, finished) => (error ? reject(error) : resolve(finished)))
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime)
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1
    })
  })
  latencies.sort((a, b) => a - b)
  const errors5xx = Object.entries(statuses).reduce((sum, [code, n]) => sum + (code.startsWith('5') ? n : 0), 0)
  return {
    requests: latencies.length,
    rps: latencies.length / options.seconds,
    // autocannon times to the microsecond; a tenth of a millisecond is all these machines can tell apart.
    p50: tenth(percentile(latencies, 50)),
    p95: tenth(percentile(latencies, 95)),
    p99: tenth(percentile(latencies, 99)),
    max: tenth(latencies.at(-1) ?? 0),
    connections,
    errors5xx,
    socketErrors: result.errors + result.timeouts,
    statuses,
  }
}
