import type { PayloadRequest } from 'payload'

/** Staff roles, strongest first. Readers (a separate auth collection) never hold one. */
export const STAFF_ROLES = ['admin', 'editor', 'author', 'moderator'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

type RequestUser = PayloadRequest['user']

/** The staff role of the logged-in user, or null for anonymous requests and readers. */
export function staffRole(user: RequestUser): StaffRole | null {
  if (!user || user.collection !== 'users') return null
  const role = (user as { role?: unknown }).role
  return STAFF_ROLES.includes(role as StaffRole) ? (role as StaffRole) : null
}

export function hasRole(user: RequestUser, ...roles: StaffRole[]): boolean {
  const role = staffRole(user)
  return role !== null && roles.includes(role)
}
