import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditor } from '@/access/is-editor'
import { slug } from '@/fields/slug'
import { purgeDocumentCache } from '@/hooks/purge-cache'
import { cacheTags } from '@/lib/cache/tags'

/** Site sections (Politics, Sport > Football, …). Nesting comes from the nested-docs plugin. */
const purge = purgeDocumentCache('sections', cacheTags.section)

export const Sections: CollectionConfig = {
  hooks: { afterChange: [purge.afterChange], afterDelete: [purge.afterDelete] },
  slug: 'sections',
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  defaultPopulate: { name: true, slug: true },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'parent'], group: 'Taxonomy' },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 80 },
    slug('name'),
    { name: 'description', type: 'textarea', maxLength: 500 },
  ],
}
