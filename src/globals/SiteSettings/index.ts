import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditor } from '@/access/is-editor'
import { socialLinks } from '@/fields/social-links'
import { purgeGlobalCache } from '@/hooks/purge-cache'
import { cacheTags } from '@/lib/cache/tags'

/** What every page of the reader site shows around the article: name, about blurb, social links. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  access: { read: anyone, update: isEditor },
  hooks: { afterChange: [purgeGlobalCache(cacheTags.site)] },
  admin: { group: 'Settings' },
  fields: [
    {
      name: 'siteName',
      type: 'text',
      maxLength: 80,
      defaultValue: 'The Newsroom',
      // Checked here rather than `required: true`, which would make every GraphQL update of the
      // settings resend the name.
      validate: (value: unknown) => (typeof value === 'string' && value.trim() !== '') || 'The site needs a name.',
    },
    { name: 'tagline', type: 'text', maxLength: 160 },
    { name: 'logo', type: 'upload', relationTo: 'media' },
    { name: 'about', type: 'textarea', maxLength: 1000, admin: { description: 'The "about" blurb in the page footer.' } },
    socialLinks('socialLinks', 12),
    { name: 'searchPlaceholder', type: 'text', maxLength: 80, defaultValue: 'Search the news' },
  ],
}
