import http from 'node:http'
import { expect, it } from 'vitest'

import { baseUrl } from './helpers/client'

/** A GET with a Host header of our choosing (fetch keeps the URL's own). */
function getWithHost(path: string, host: string): Promise<{ status: number; location?: string }> {
  const url = new URL(path, baseUrl())
  return new Promise((resolve, reject) => {
    http
      .get({ hostname: url.hostname, port: url.port, path: url.pathname + url.search, headers: { host } }, (response) => {
        response.resume()
        resolve({ status: response.statusCode ?? 0, location: response.headers.location })
      })
      .on('error', reject)
  })
}

it('sends the admin opened under the other loopback name to SITE_URL (demo mode), and leaves the site alone', async () => {
  const site = new URL(baseUrl())
  const other = `${site.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${site.port}`
  const admin = await getWithHost('/admin/login?redirect=%2Fadmin', other)
  expect(admin.status).toBe(307)
  expect(admin.location).toBe(`${site.origin}/admin/login?redirect=%2Fadmin`)
  expect((await getWithHost('/admin/login', site.host)).status).toBe(200)
  expect((await getWithHost('/', other)).status).toBe(200)
})
