import type { Block } from 'payload'

import { validateHttpUrl } from '../social-links'

/** An embedded post, video or map, stored as its URL; the reader site decides how to show it. */
export const EmbedBlock: Block = {
  slug: 'embed',
  interfaceName: 'EmbedBlock',
  labels: { singular: 'Embed', plural: 'Embeds' },
  fields: [
    { name: 'url', type: 'text', required: true, maxLength: 1000, validate: validateHttpUrl },
    { name: 'title', type: 'text', maxLength: 200, admin: { description: 'Shown as the link text without JavaScript.' } },
    { name: 'caption', type: 'text', maxLength: 300 },
  ],
}
