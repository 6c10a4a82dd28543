import type { Block } from 'payload'

import { EMBED_PROVIDER_NAMES as PROVIDER_NAMES } from '@/lib/embeds/providers'
import { validateHttpUrl } from '../social-links'

/**
 * An embedded video, track or post, stored as its URL; the reader site shows a known provider's
 * player behind a "click to load" placeholder (src/lib/embeds/providers.ts), any other link as a card.
 */
export const EmbedBlock: Block = {
  slug: 'embed',
  interfaceName: 'EmbedBlock',
  labels: { singular: 'Embed', plural: 'Embeds' },
  fields: [
    {
      name: 'url',
      type: 'text',
      required: true,
      maxLength: 1000,
      validate: validateHttpUrl,
      admin: {
        description: `A link to a ${PROVIDER_NAMES.join(', ')} video, track or post plays on the page once the reader asks; any other link shows as a link card.`,
      },
    },
    { name: 'title', type: 'text', maxLength: 200, admin: { description: 'Shown as the link text without JavaScript.' } },
    { name: 'caption', type: 'text', maxLength: 300 },
  ],
}
