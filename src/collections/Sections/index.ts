import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { isEditor } from '../../access/is-editor'
import { slug } from '../../fields/slug'

/** Site sections (Politics, Sport > Football, …). Nesting comes from the nested-docs plugin. */
export const Sections: CollectionConfig = {
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
