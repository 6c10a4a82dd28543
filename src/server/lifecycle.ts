import type { Server } from 'node:http'

/**
 * Stops the HTTP server the way a rolling deploy needs. First a short grace while the server still
 * accepts: connections a client has just opened get their request in (Node's `server.close()` would
 * otherwise drop a connection whose request has not arrived yet, and the client sees a reset), and
 * every response in the meantime says `Connection: close` (set by the caller). Then no new
 * connections, in-flight requests run to the end, idle keep-alive sockets are closed as they free
 * up, and after `timeoutMs` whatever is left is cut. Resolves once the server is closed.
 */
export async function drainServer(server: Server, options: { graceMs: number; timeoutMs: number }): Promise<'drained' | 'timed-out'> {
  await new Promise((resolve) => setTimeout(resolve, options.graceMs))
  return new Promise((resolve) => {
    let outcome: 'drained' | 'timed-out' = 'drained'
    const sweep = setInterval(() => server.closeIdleConnections(), 100)
    const deadline = setTimeout(() => {
      outcome = 'timed-out'
      server.closeAllConnections()
    }, options.timeoutMs)
    server.close(() => {
      clearInterval(sweep)
      clearTimeout(deadline)
      resolve(outcome)
    })
  })
}
