import { beforeAll, describe, expect, it } from 'vitest'

import { gradientImage } from '@/seed/images'
import { baseUrl, loginAs, request } from './helpers/client'

let token: string
let jpeg: Buffer

async function upload(
  bytes: Uint8Array | Buffer,
  filename: string,
  type: string,
  data: Record<string, unknown> = { alt: 'An upload test' },
) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), filename)
  form.append('_payload', JSON.stringify(data))
  const response = await fetch(`${baseUrl()}/api/media`, { method: 'POST', body: form, headers: { Authorization: `JWT ${token}` } })
  const text = await response.text()
  return {
    status: response.status,
    text,
    body: JSON.parse(text || 'null') as { doc?: Record<string, unknown>; errors?: { message: string }[] },
  }
}

async function mediaCount(): Promise<number> {
  return (await request<{ totalDocs: number }>('/api/media?limit=1&depth=0', { token })).body.totalDocs
}

beforeAll(async () => {
  token = await loginAs('editor')
  jpeg = await gradientImage(['#114477', '#77aadd'], 11, 800, 450)
})

describe('media uploads', () => {
  it('stores a JPEG with its alt text and makes the image sizes', async () => {
    const response = await upload(jpeg, 'harbour.jpg', 'image/jpeg', { alt: 'The harbour at dusk', credit: 'Test desk' })
    expect(response.status).toBe(201)
    const doc = response.body.doc as {
      url: string
      sizes: Record<string, { url: string | null; width: number | null; mimeType: string | null }>
      mimeType: string
    }
    expect(doc.mimeType).toBe('image/jpeg')
    expect(Object.keys(doc.sizes)).toEqual(expect.arrayContaining(['thumbnail', 'card', 'wide', 'heroSmall', 'hero']))
    // The sizes are WebP at the widths a srcset picks from; none is blown up past the 800 px upload.
    expect(doc.sizes.thumbnail).toMatchObject({ width: 320, mimeType: 'image/webp' })
    expect(doc.sizes.card).toMatchObject({ width: 720, mimeType: 'image/webp' })
    expect(doc.sizes.heroSmall).toMatchObject({ width: 720, mimeType: 'image/webp' })
    expect(doc.sizes.wide.url).toBeNull()
    expect(doc.sizes.hero).toMatchObject({ width: 800, mimeType: 'image/webp' })
    const file = await fetch(String(doc.sizes.thumbnail.url))
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('image/webp')
    const original = await fetch(doc.url)
    expect(original.headers.get('content-type')).toBe('image/jpeg')
    expect(file.headers.get('x-content-type-options')).toBe('nosniff')
    expect(file.headers.get('content-security-policy')).toContain('sandbox')
  })

  it('refuses an upload without alt text, naming the field', async () => {
    const before = await mediaCount()
    const response = await upload(jpeg, 'no-alt.jpg', 'image/jpeg', {})
    expect(response.status).toBe(400)
    expect(response.text).toContain('alt')
    expect(await mediaCount()).toBe(before)
  })

  it.each([
    ['an SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'logo.svg', 'image/svg+xml'],
    ['HTML posing as a PNG', Buffer.from('<!doctype html><html><script>alert(1)</script></html>'), 'photo.png', 'image/png'],
    ['a PDF', Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n'), 'doc.jpg', 'image/jpeg'],
  ])('refuses %s with a 4xx that says why, and stores nothing', async (_what, bytes, filename, type) => {
    const before = await mediaCount()
    const response = await upload(bytes, filename, type)
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(response.body.errors?.[0]?.message).toMatch(/file type|not allowed|invalid/i)
    expect(await mediaCount()).toBe(before)
  })

  it('refuses a file over the size limit with a 413 that says so', async () => {
    const before = await mediaCount()
    const big = Buffer.concat([jpeg, Buffer.alloc(11 * 1024 * 1024, 0)])
    const response = await upload(big, 'huge.jpg', 'image/jpeg')
    expect(response.status).toBe(413)
    expect(response.body.errors?.[0]?.message).toMatch(/larger than the 11 MB allowed for an upload/)
    expect(await mediaCount()).toBe(before)
  })

  it('never lets a file name climb out of the media folder', async () => {
    const response = await upload(jpeg, '../../../etc/evil.jpg', 'image/jpeg')
    expect(response.status).toBe(201)
    const filename = String(response.body.doc?.filename)
    expect(filename).not.toContain('/')
    expect(filename).not.toContain('..')
  })
})
