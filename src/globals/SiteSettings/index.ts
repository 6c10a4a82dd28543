import type { GlobalConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { isEditor } from '../../access/is-editor'
import { socialLinks } from '../../fields/social-links'

/** What every page of the reader site shows around the article: name, about blurb, social links. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  access: { read: anyone, update: isEditor },
  admin: { group: 'Settings' },
  fields: [
    { name: 'siteName', type: 'text', required: true, maxLength: 80, defaultValue: 'The Newsroom' },
    { name: 'tagline', type: 'text', maxLength: 160 },
    { name: 'logo', type: 'upload', relationTo: 'media' },
    { name: 'about', type: 'textarea', maxLength: 1000, admin: { description: 'The "about" blurb in the page footer.' } },
    socialLinks('socialLinks', 12),
    { name: 'searchPlaceholder', type: 'text', maxLength: 80, defaultValue: 'Search the news' },
  ],
}
