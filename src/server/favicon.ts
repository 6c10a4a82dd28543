import fs from 'node:fs'
import path from 'node:path'
import type { RequestHandler } from 'express'

/**
 * `/favicon.ico` and `/icon.svg`: browsers, feed readers and bookmarks ask for the first whatever a
 * page declares, and it was a 404 (a console error on whichever page Chromium happened to ask it
 * from); structured data names the second as the publisher's logo until one is uploaded. Both
 * answer the site's own icon (src/app/(site)/icon.svg), which browsers take as SVG by its type.
 */
export function favicon(root: string): RequestHandler {
  const icon = fs.readFileSync(path.join(root, 'src/app/(site)/icon.svg'))
  return (_req, res) => {
    res.set({ 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=86400' }).send(icon)
  }
}
