import { spawn } from 'node:child_process'
import fs from 'node:fs'

import { HAPROXY, toolPath } from '../../../scripts/lib/debian-package'
import { freePort } from '../../http/helpers/server'

/**
 * HAProxy from Debian's package (the scale leg installs it: scripts/lib/debian-package.ts) in front
 * of the service processes, configured as docs/deploy.md recommends: round robin, /readyz checks
 * every 500 ms, a connection that fails is retried on another process, and only GETs are replayed
 * after a server died mid-answer (a POST is the client's to retry, with its Idempotency-Key).
 */
export type Haproxy = { url: string; config: string; stop: () => Promise<void>; output: () => string }

export function haproxyConfig(port: number, servers: { name: string; url: string }[]): string {
  return `global
  maxconn 4096

defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  timeout tunnel 1h
  option forwardfor
  retries 2
  option redispatch
  retry-on conn-failure empty-response response-timeout

frontend web
  bind 127.0.0.1:${port}
  default_backend app

backend app
  balance roundrobin
  http-request disable-l7-retry unless METH_GET || METH_HEAD
  http-response set-header X-Served-By %s
  option httpchk GET /readyz
  http-check expect status 200
  default-server check inter 500ms fall 2 rise 2
${servers.map((server) => `  server ${server.name} ${new URL(server.url).host}`).join('\n')}
`
}

export async function startHaproxy(servers: { name: string; url: string }[], configFile: string): Promise<Haproxy> {
  const port = await freePort()
  const config = haproxyConfig(port, servers)
  fs.writeFileSync(configFile, config)
  const child = spawn(toolPath(HAPROXY), ['-f', configFile, '-db'], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 15_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`haproxy exited (${child.exitCode}):\n${output}`)
    const ok = await fetch(`${url}/readyz`).then(
      (response) => response.status === 200,
      () => false,
    )
    if (ok) break
    if (Date.now() > deadline) throw new Error(`haproxy did not pass a request within 15 s:\n${output}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    url,
    config,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    },
  }
}
