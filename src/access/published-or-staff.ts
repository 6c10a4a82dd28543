import type { Access, Where } from 'payload'

import { staffRole } from './roles'

/**
 * Drafts are for the newsroom only. Anonymous visitors, readers and moderators get a database filter
 * on published documents, so a draft cannot be fetched, counted or inferred through `where`.
 * Authors see published work and their own drafts.
 */
export const publishedOrStaff: Access = ({ req }) => {
  const role = staffRole(req.user)
  if (role === 'admin' || role === 'editor') return true
  if (role === 'author' && req.user) {
    const ownOrPublished: Where = { or: [{ _status: { equals: 'published' } }, { createdBy: { equals: req.user.id } }] }
    return ownOrPublished
  }
  const published: Where = { _status: { equals: 'published' } }
  return published
}
