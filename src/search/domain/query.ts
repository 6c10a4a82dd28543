import type { SearchFilters } from './types'

/**
 * Reads the public search parameters. Everything a reader types is reduced to plain words: no
 * operator, quote, bracket or column syntax of any engine survives, so a query can never be a
 * syntax error or an injection, whatever the engine.
 */
export const MAX_QUERY_LENGTH = 500
export const MAX_TERMS = 24
export const MAX_SEARCH_LIMIT = 50
export const DEFAULT_SEARCH_LIMIT = 10
const ALLOWED = new Set(['q', 'section', 'tag', 'author', 'from', 'to', 'sort', 'page', 'limit'])
/** Best match first (the default), or the newest first. */
export const SEARCH_SORTS = ['relevance', 'newest'] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]

export type ParsedSearch = {
  text: string
  terms: string[]
  filters: SearchFilters
  sort: SearchSort
  limit: number
  page: number
}

export type SearchParamError = { status: 400; parameter: string; message: string }

/** Words of at least one letter or digit, lowercased, accents kept (engines fold them). */
export function searchTerms(text: string): string[] {
  const words =
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  return [...new Set(words.map((word) => word.slice(0, 64)))].slice(0, MAX_TERMS)
}

function integer(value: string | undefined, fallback: number): number | undefined {
  if (value === undefined || value === '') return fallback
  return /^\d{1,6}$/.test(value) ? Number(value) : undefined
}

function day(value: string | undefined, endOfDay: boolean): Date | null | undefined {
  if (value === undefined || value === '') return undefined
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(value)) return null
  const date = new Date(value.length === 10 ? `${value}T${endOfDay ? '23:59:59.999' : '00:00:00.000'}Z` : value)
  return Number.isNaN(date.getTime()) ? null : date
}

export function parseSearchParams(params: Record<string, unknown>): ParsedSearch | SearchParamError {
  const unknown = Object.keys(params).filter((key) => !ALLOWED.has(key))
  if (unknown.length > 0) {
    return { status: 400, parameter: unknown[0], message: `Unknown search parameter "${unknown[0]}": use ${[...ALLOWED].join(', ')}.` }
  }
  const single = (key: string): string | undefined | SearchParamError => {
    const value = params[key]
    if (value === undefined) return undefined
    if (typeof value !== 'string') return { status: 400, parameter: key, message: `${key} must be given once, as plain text.` }
    return value
  }
  const fields: Record<string, string | undefined> = {}
  for (const key of ALLOWED) {
    const value = single(key)
    if (typeof value === 'object') return value
    fields[key] = value
  }

  const text = (fields.q ?? '').trim()
  if (!text) return { status: 400, parameter: 'q', message: 'q is required: the words to search for.' }
  if (text.length > MAX_QUERY_LENGTH) {
    return { status: 400, parameter: 'q', message: `q is ${text.length} characters long; at most ${MAX_QUERY_LENGTH} are allowed.` }
  }
  const terms = searchTerms(text)
  if (terms.length === 0) return { status: 400, parameter: 'q', message: 'q has no letters or digits to search for.' }

  const limit = integer(fields.limit, DEFAULT_SEARCH_LIMIT)
  if (limit === undefined || limit < 1 || limit > MAX_SEARCH_LIMIT) {
    return { status: 400, parameter: 'limit', message: `limit must be a whole number from 1 to ${MAX_SEARCH_LIMIT}.` }
  }
  const page = integer(fields.page, 1)
  if (page === undefined || page < 1 || page > 1000)
    return { status: 400, parameter: 'page', message: 'page must be a whole number from 1 to 1000.' }

  const from = day(fields.from, false)
  const to = day(fields.to, true)
  if (from === null) return { status: 400, parameter: 'from', message: 'from must be a date like 2026-11-25.' }
  if (to === null) return { status: 400, parameter: 'to', message: 'to must be a date like 2026-11-25.' }
  if (from && to && from > to) return { status: 400, parameter: 'from', message: 'from must not be after to.' }

  const filters: SearchFilters = {}
  for (const key of ['section', 'tag', 'author'] as const) {
    const value = fields[key]
    if (value === undefined) continue
    if (!/^[a-z0-9-]{1,120}$/.test(value)) {
      return { status: 400, parameter: key, message: `${key} must be a ${key} slug (lowercase letters, digits and hyphens).` }
    }
    filters[key] = value
  }
  if (from) filters.from = from
  if (to) filters.to = to
  const sort = (fields.sort ?? 'relevance') as SearchSort
  if (!SEARCH_SORTS.includes(sort)) return { status: 400, parameter: 'sort', message: `sort must be one of: ${SEARCH_SORTS.join(', ')}.` }
  return { text, terms, filters, sort, limit, page }
}

export function isSearchParamError(value: ParsedSearch | SearchParamError): value is SearchParamError {
  return 'status' in value
}
