import { expect, inject } from 'vitest'

import { DEMO_PASSWORD } from '@/seed/demo-logins'

export const baseUrl = () => inject('baseUrl')

export type JsonResponse<T = Record<string, unknown>> = { status: number; headers: Headers; body: T }

/** A JSON request to the shared test server, or to `base` (another server a test started). */
export async function request<T = Record<string, unknown>>(
  path: string,
  init: RequestInit & { token?: string; json?: unknown; base?: string } = {},
): Promise<JsonResponse<T>> {
  const headers = new Headers(init.headers)
  if (init.token) headers.set('Authorization', `JWT ${init.token}`)
  let body = init.body
  if (init.json !== undefined) {
    headers.set('Content-Type', 'application/json')
    body = JSON.stringify(init.json)
  }
  const response = await fetch(`${init.base ?? baseUrl()}${path}`, { ...init, headers, body })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body: parsed as T }
}

/**
 * Asserts an answer's status and shows its body when it differs. Clean-ups use it: a story left
 * half-restored fails a later file that counts stories, far from its cause.
 */
export function expectStatus(response: { status: number; body: unknown }, status: number): void {
  expect({ status: response.status, body: response.status === status ? null : response.body }).toEqual({ status, body: null })
}

export async function graphql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string) {
  return request<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>('/api/graphql', {
    method: 'POST',
    json: { query, variables },
    token,
  })
}

const tokens = new Map<string, string>()

/** Logs a demo staff member in over REST (cached per test file). */
export async function loginAs(role: 'admin' | 'editor' | 'author' | 'moderator'): Promise<string> {
  const cached = tokens.get(role)
  if (cached) return cached
  const response = await request<{ token: string }>('/api/users/login', {
    method: 'POST',
    json: { email: `${role}@newsroom.test`, password: DEMO_PASSWORD },
  })
  if (response.status !== 200) throw new Error(`login as ${role} failed: ${response.status} ${JSON.stringify(response.body)}`)
  tokens.set(role, response.body.token)
  return response.body.token
}
