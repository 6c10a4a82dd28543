'use client'
/**
 * The comment islands talk to the same public REST API as any front end (README: comments). Every
 * error answer of ours carries `errors[0].message` written for the reader; show it as it is.
 */
export type Json = Record<string, unknown>

export async function callApi<T>(
  path: string,
  init: RequestInit & { json?: unknown } = {},
): Promise<{ ok: boolean; status: number; data: T | null; message: string | null }> {
  const headers = new Headers(init.headers)
  if (init.json !== undefined) headers.set('content-type', 'application/json')
  const guestToken = typeof localStorage !== 'undefined' ? localStorage.getItem('newsroom-guest-token') : null
  if (guestToken && !path.startsWith('/api/readers')) headers.set('x-guest-token', guestToken)
  try {
    // no-cache: revalidate with the server every time (a 304 when nothing changed). The public
    // Cache-Control allows stale-while-revalidate, and a browser applies that to fetches too: the
    // islands would show what was true before the reader's own action.
    const response = await fetch(path, {
      cache: 'no-cache',
      ...init,
      headers,
      credentials: 'same-origin',
      body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
    })
    const data = (await response.json().catch(() => null)) as (T & { errors?: { message?: string }[]; message?: string }) | null
    const message = data?.errors?.[0]?.message ?? (typeof data?.message === 'string' ? data.message : null)
    return {
      ok: response.ok,
      status: response.status,
      data,
      message: response.ok ? message : (message ?? `The server answered ${response.status}. Try again.`),
    }
  } catch {
    return { ok: false, status: 0, data: null, message: 'The connection failed. Check your network and try again.' }
  }
}

/** A guest's voting identity, made on first use and kept in this browser. */
export async function guestToken(): Promise<string | null> {
  const stored = localStorage.getItem('newsroom-guest-token')
  if (stored) return stored
  const made = await callApi<{ token: string }>('/api/comments/guest-token', { method: 'POST' })
  if (!made.data?.token) return null
  localStorage.setItem('newsroom-guest-token', made.data.token)
  return made.data.token
}

export type Quote = { exact: string; prefix?: string; suffix?: string; blockIndex?: number }

/** Events between the inline-feedback island (in the article body) and the comments island. */
export const QUOTE_EVENT = 'newsroom:quote'
export const INLINE_TOTAL_EVENT = 'newsroom:inline-total'

/**
 * The last detail of each island event not yet taken: the comments block hydrates only when the
 * reader nears it (CommentsWhenNear), so it catches up with what was sent before it was listening.
 */
const unread = new Map<string, unknown>()

/** Sends an island event, and keeps it for a listener that starts later. */
export function announce<T>(name: string, detail: T): void {
  unread.set(name, detail)
  window.dispatchEvent(new CustomEvent(name, { detail }))
}

/** The detail of the last `name` event not yet taken (undefined when there is none); taking clears it. */
export function takeAnnounced<T>(name: string): T | undefined {
  const detail = unread.get(name) as T | undefined
  unread.delete(name)
  return detail
}
