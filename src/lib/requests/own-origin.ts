import { settings } from '../config/settings'

/**
 * This process's own listener, as its own requests reach it (readiness, warm-ups): loopback when it
 * listens on every address, else the one address HOST names (loopback is not listening then).
 */
export function ownOrigin(port: number = settings.port): string {
  const { host } = settings
  const address = !host || host === '::' || host === '0.0.0.0' ? '127.0.0.1' : host
  return `http://${address.includes(':') ? `[${address}]` : address}:${port}`
}
