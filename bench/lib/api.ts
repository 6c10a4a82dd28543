import { DEMO_PASSWORD } from '@/seed/demo-logins'

export type ApiCallInit = Omit<RequestInit, 'body'> & { token?: string; json?: unknown }

/**
 * One call to the service under test, JSON both ways: `json` is sent as the body, `token` as a
 * JWT. A refusal throws, with the start of the answer, so a bench never measures error pages.
 */
export async function apiCall<T = Record<string, unknown>>(url: string, { token, json, ...init }: ApiCallInit = {}): Promise<T> {
  const headers = new Headers(init.headers)
  if (token) headers.set('Authorization', `JWT ${token}`)
  if (json !== undefined) headers.set('Content-Type', 'application/json')
  const response = await fetch(url, { ...init, headers, body: json === undefined ? undefined : JSON.stringify(json) })
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${(await response.text()).slice(0, 300)}`)
  return (await response.json()) as T
}

/** A demo login's token (staff in `users`, readers in `readers`). */
export const demoLogin = async (service: string, collection: 'users' | 'readers', email: string) =>
  (await apiCall<{ token: string }>(`${service}/api/${collection}/login`, { method: 'POST', json: { email, password: DEMO_PASSWORD } }))
    .token
