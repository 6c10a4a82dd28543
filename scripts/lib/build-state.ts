import fs from 'node:fs'
import path from 'node:path'

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

/** Whether `.next` holds a production build newer than every source it is built from. */
export function buildIsCurrent(root = process.cwd()): boolean {
  const buildId = fs.statSync(path.join(root, '.next/BUILD_ID'), { throwIfNoEntry: false })
  if (!buildId) return false
  return buildId.mtimeMs >= newestSource(root, ['src', 'payload.config.ts', 'next.config.ts', 'package-lock.json', 'tsconfig.json'])
}
