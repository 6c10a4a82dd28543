import fs from 'node:fs'
import path from 'node:path'

const DIR = path.resolve(import.meta.dirname, '../corpora')

/** The lines of a text corpus in tests/security/corpora: `#` lines are notes, blank lines skipped, nothing trimmed. */
export function textCorpus(name: 'sql-injection' | 'fts-syntax' | 'xss' | 'path-traversal'): string[] {
  return fs
    .readFileSync(path.join(DIR, `${name}.txt`), 'utf8')
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line !== '' && !line.startsWith('#'))
}

/** Query operators of document databases and prototype-pollution shapes, as objects for `where`. */
export function operatorCorpus(): Record<string, unknown>[] {
  return JSON.parse(fs.readFileSync(path.join(DIR, 'nosql-operators.json'), 'utf8')) as Record<string, unknown>[]
}

/**
 * `where[a][b]=c` query-string pairs for a nested object, the way Payload's REST API reads `where`
 * (qs syntax), without a library: one value per leaf.
 */
export function bracketPairs(prefix: string, value: unknown): [string, string][] {
  if (value === null || typeof value !== 'object') return [[prefix, String(value)]]
  const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value)
  return entries.flatMap(([key, item]) => bracketPairs(`${prefix}[${key}]`, item))
}

export const queryString = (pairs: [string, string][]) =>
  pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&')
