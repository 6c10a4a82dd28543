import type { ArrayField } from 'payload'

export const SOCIAL_NETWORKS = [
  'x',
  'facebook',
  'instagram',
  'youtube',
  'mastodon',
  'bluesky',
  'linkedin',
  'tiktok',
  'rss',
  'website',
] as const

/** http(s) only: a `javascript:` URL in a social link would run on every page that shows it. */
export function validateHttpUrl(value: unknown): true | string {
  if (typeof value !== 'string' || value === '') return 'A URL is required.'
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' || 'Only http(s) URLs are allowed.'
  } catch {
    return 'Not a valid URL (expected something like https://example.com/page).'
  }
}

/** A list of (network, URL) pairs, for "Connect with us" and bylines. */
export function socialLinks(name = 'socialLinks', maxRows = 12): ArrayField {
  return {
    name,
    type: 'array',
    maxRows,
    labels: { singular: 'Social link', plural: 'Social links' },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'network',
            type: 'select',
            required: true,
            options: SOCIAL_NETWORKS.map((network) => ({ label: network, value: network })),
            admin: { width: '30%' },
          },
          {
            name: 'url',
            type: 'text',
            required: true,
            maxLength: 500,
            validate: validateHttpUrl,
            admin: { width: '70%' },
          },
        ],
      },
    ],
  }
}
