import type { Server, ServerResponse } from 'node:http'
import net, { type Socket } from 'node:net'

type Tracked = { served: number; active: number }
type Tracking = Map<Socket, Tracked> & { responses: Set<ServerResponse> }

/**
 * Follows every connection from the start: how many requests it has served and how many it is
 * serving. Node's own `closeIdleConnections()` counts a connection as idle until its request has
 * been parsed, so on a busy server it cuts connections whose request is already on the wire; the
 * drain below closes only keep-alive connections that served a request and are between requests.
 */
export function trackConnections(server: Server): Tracking {
  const sockets = Object.assign(new Map<Socket, Tracked>(), { responses: new Set<ServerResponse>() })
  server.on('connection', (socket: Socket) => {
    sockets.set(socket, { served: 0, active: 0 })
    socket.once('close', () => sockets.delete(socket))
  })
  server.on('request', (req, res) => {
    const state = sockets.get(req.socket)
    if (!state) return
    state.active += 1
    sockets.responses.add(res)
    res.once('close', () => {
      state.active -= 1
      state.served += 1
      sockets.responses.delete(res)
    })
  })
  return sockets
}

/**
 * Stops the HTTP server the way a rolling deploy needs. First a short grace while the server still
 * accepts: connections a client has just opened get their request in, and every response in the
 * meantime says `Connection: close` (set by the caller). Then no new connections, in-flight
 * requests run to the end, keep-alive sockets are closed as they fall idle after a response, and
 * after `timeoutMs` whatever is left is cut. Resolves once the server is closed.
 */
export async function drainServer(
  server: Server,
  sockets: Tracking,
  options: { graceMs: number; timeoutMs: number },
): Promise<'drained' | 'timed-out'> {
  // Responses already being made end their connection too, so no client sends another request
  // down a socket that is about to close.
  for (const res of sockets.responses) if (!res.headersSent) res.setHeader('Connection', 'close')
  await new Promise((resolve) => setTimeout(resolve, options.graceMs))
  return new Promise((resolve) => {
    let outcome: 'drained' | 'timed-out' = 'drained'
    const sweep = setInterval(() => {
      for (const [socket, state] of sockets) if (state.served > 0 && state.active === 0) socket.destroy()
    }, 100)
    const deadline = setTimeout(() => {
      outcome = 'timed-out'
      server.closeAllConnections()
    }, options.timeoutMs)
    // net.Server's close, not http.Server's: since Node 19 the latter also closes every
    // connection whose request has not been parsed yet, which on a busy server includes requests
    // already sent (the client sees a reset). Keep-alive sockets are closed by the sweep instead.
    net.Server.prototype.close.call(server, () => {
      clearInterval(sweep)
      clearTimeout(deadline)
      resolve(outcome)
    })
  })
}
