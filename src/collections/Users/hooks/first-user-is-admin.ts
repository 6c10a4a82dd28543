import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '@/payload-types'

/** The first login made on a new site (the admin's "create first user" screen) is its admin. */
export const firstUserIsAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : { ...data, role: data.role ?? 'author' }
}
