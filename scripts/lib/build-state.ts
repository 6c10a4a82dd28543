import fs from 'node:fs'
import path from 'node:path'

import { ISLANDS_MANIFEST } from '@/site/islands/bundle'

/** Newest modification time under the given paths (files or folders) below `root`. */
function newestSource(root: string, paths: string[]): number {
  let newest = 0
  const visit = (file: string) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false })
    if (!stat) return
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(file)) visit(path.join(file, entry))
    } else newest = Math.max(newest, stat.mtimeMs)
  }
  paths.forEach((entry) => visit(path.join(root, entry)))
  return newest
}

/** Whether `.next` holds a production build, islands bundle included, newer than every source it is built from. */
export function buildIsCurrent(root = process.cwd()): boolean {
  const built = ['.next/BUILD_ID', ISLANDS_MANIFEST].map((file) => fs.statSync(path.join(root, file), { throwIfNoEntry: false }))
  if (built.some((stat) => !stat)) return false
  const oldest = Math.min(...built.map((stat) => stat!.mtimeMs))
  return oldest >= newestSource(root, ['src', 'payload.config.ts', 'next.config.ts', 'package-lock.json', 'tsconfig.json'])
}
