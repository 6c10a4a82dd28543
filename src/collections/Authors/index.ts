import type { Access, CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditor } from '@/access/is-editor'
import { hasRole } from '@/access/roles'
import { idOf } from '@/lib/relationships/id-of'
import { slug } from '@/fields/slug'
import { purgeDocumentCache } from '@/hooks/purge-cache'
import { cacheTags } from '@/lib/cache/tags'
import { reindexArticlesReferencing } from '@/hooks/reindex-referencing-articles'
import { socialLinks } from '@/fields/social-links'

/** Editors manage every byline; a staff member may edit the profile linked to their own login. */
const editorOrOwnProfile: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (req.user?.collection === 'users') return { user: { equals: req.user.id } }
  return false
}

/** Byline profiles, apart from logins: freelancers and agencies have bylines but no login. */
const purge = purgeDocumentCache('authors', cacheTags.author)

export const Authors: CollectionConfig = {
  slug: 'authors',
  access: {
    read: anyone,
    create: isEditor,
    update: editorOrOwnProfile,
    delete: isEditor,
  },
  defaultPopulate: { name: true, slug: true, roleTitle: true, photo: true },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'roleTitle', 'slug', 'user'],
    group: 'Newsroom',
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    slug('name'),
    { name: 'roleTitle', type: 'text', maxLength: 120, admin: { description: 'For example "Transport correspondent".' } },
    { name: 'bio', type: 'textarea', maxLength: 600 },
    { name: 'photo', type: 'upload', relationTo: 'media' },
    socialLinks(),
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      unique: true,
      admin: { position: 'sidebar', description: 'The staff login that may edit this profile.' },
      // Only editors link a profile to a login: an author who could would hand their byline to
      // another login, or claim one nobody linked to them.
      // Editors see every profile's login; others only their own (they may read no other login, so
      // the admin could only have shown "Untitled - ID" for it).
      access: {
        read: ({ req, doc }) =>
          hasRole(req.user, 'admin', 'editor') || (req.user?.collection === 'users' && idOf(doc?.user) === String(req.user.id)),
        create: ({ req }) => hasRole(req.user, 'admin', 'editor'),
        update: ({ req }) => hasRole(req.user, 'admin', 'editor'),
      },
    },
  ],
  hooks: { afterChange: [reindexArticlesReferencing('authors'), purge.afterChange], afterDelete: [purge.afterDelete] },
}
