import type { CollectionConfig } from 'payload'

import { isEditor } from '@/access/is-editor'

/**
 * Article views per day, as each server process counted them (src/readership/services/views.ts):
 * one row per article, day and process, so that processes never overwrite each other's counts.
 * Written only by the flush; editors may read them.
 */
export const ArticleViews: CollectionConfig = {
  slug: 'article-views',
  access: { read: isEditor, create: () => false, update: () => false, delete: () => false },
  admin: { group: 'Newsroom', useAsTitle: 'day', defaultColumns: ['article', 'day', 'views'] },
  fields: [
    // Not required: deleting an article leaves its counts behind with no article (set null), and
    // the ranking skips them, rather than the counts blocking the delete.
    { name: 'article', type: 'relationship', relationTo: 'articles', index: true },
    { name: 'day', type: 'text', required: true, index: true, admin: { description: 'The UTC day, YYYY-MM-DD.' } },
    { name: 'worker', type: 'text', required: true, admin: { description: 'The server process that counted them.' } },
    { name: 'views', type: 'number', required: true, min: 0 },
  ],
}
