import fs from 'node:fs'
import path from 'node:path'

/**
 * Where scripts/build-islands.ts leaves the islands bundle: inside Next's own static folder, so it
 * is served like Next's chunks (`/_next/static/…`, immutable, by content hash) and goes with the
 * build it was made for. The manifest names the entry file.
 */
export const ISLANDS_OUT_DIR = '.next/static/islands'
export const ISLANDS_PUBLIC_PATH = '/_next/static/islands/'
export const ISLANDS_MANIFEST = '.next/islands-manifest.json'

export type IslandsManifest = { entry: string }

let entryUrl: string | null | undefined

/** The URL of the islands bundle's entry, or null without one (`next dev`, a build without the step). */
export function islandsEntryUrl(): string | null {
  if (entryUrl === undefined) {
    try {
      const manifest = JSON.parse(fs.readFileSync(path.resolve(ISLANDS_MANIFEST), 'utf8')) as IslandsManifest
      entryUrl = `${ISLANDS_PUBLIC_PATH}${manifest.entry}`
    } catch {
      entryUrl = null
    }
  }
  return entryUrl
}
