import type { CollectionConfig } from 'payload'

import { staffRole } from '@/access/roles'

/**
 * Precomputed "You may also like" suggestions, one document per article, written only by the
 * related-stories job (src/related/services/related.ts). A page's related list is a lookup here, never a scan
 * of the archive. Staff may read them (the article sidebar shows them); nobody edits them by hand.
 */
export const RelatedSuggestions: CollectionConfig = {
  slug: 'related-suggestions',
  access: {
    read: ({ req }) => staffRole(req.user) !== null,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  admin: {
    group: 'System',
    useAsTitle: 'article',
    defaultColumns: ['article', 'computedAt'],
    hidden: ({ user }) => user?.role !== 'admin',
  },
  fields: [
    { name: 'article', type: 'relationship', relationTo: 'articles', required: true, unique: true, index: true },
    { name: 'computedAt', type: 'date', required: true },
    {
      name: 'items',
      type: 'array',
      fields: [
        { name: 'article', type: 'relationship', relationTo: 'articles', required: true },
        { name: 'score', type: 'number', required: true },
        {
          name: 'reasons',
          type: 'json',
          required: true,
          admin: { components: { Field: '/src/related/admin/ReasonsField#ReasonsField' } },
        },
      ],
    },
  ],
}
