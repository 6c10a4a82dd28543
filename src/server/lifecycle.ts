import type { Server } from 'node:http'

/**
 * Stops the HTTP server the way a rolling deploy needs: no new connections, in-flight requests run
 * to the end (idle keep-alive sockets are closed as they free up), and after `timeoutMs` whatever is
 * left is cut. Resolves once the server is closed.
 */
export function drainServer(server: Server, timeoutMs: number): Promise<'drained' | 'timed-out'> {
  return new Promise((resolve) => {
    let outcome: 'drained' | 'timed-out' = 'drained'
    const sweep = setInterval(() => server.closeIdleConnections(), 100)
    const deadline = setTimeout(() => {
      outcome = 'timed-out'
      server.closeAllConnections()
    }, timeoutMs)
    server.close(() => {
      clearInterval(sweep)
      clearTimeout(deadline)
      resolve(outcome)
    })
    server.closeIdleConnections()
  })
}
