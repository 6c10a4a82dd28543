import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditor } from '@/access/is-editor'
import { isNewsroomWriter } from '@/access/is-newsroom-writer'
import { slug } from '@/fields/slug'
import { purgeDocumentCache } from '@/hooks/purge-cache'
import { cacheTags } from '@/lib/cache/tags'
import { reindexArticlesReferencing } from '@/hooks/reindex-referencing-articles'

/** Free tags. Writers may add new ones while filing; only editors rename or delete them. */
const purge = purgeDocumentCache('tags', cacheTags.tag)

export const Tags: CollectionConfig = {
  slug: 'tags',
  access: { read: anyone, create: isNewsroomWriter, update: isEditor, delete: isEditor },
  defaultPopulate: { name: true, slug: true },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: 'Taxonomy' },
  fields: [{ name: 'name', type: 'text', required: true, maxLength: 80 }, slug('name')],
  hooks: { afterChange: [reindexArticlesReferencing('tags'), purge.afterChange], afterDelete: [purge.afterDelete] },
}
