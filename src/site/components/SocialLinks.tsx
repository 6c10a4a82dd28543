import type { SiteSetting } from '@/payload-types'

const LABELS: Record<string, string> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  linkedin: 'LinkedIn',
  tiktok: 'TikTok',
  rss: 'RSS',
  website: 'Website',
}

/** Links are validated http(s) on save (src/fields/social-links.ts); rel=me lets Mastodon verify them. */
export function SocialLinks({ links, heading }: { links: SiteSetting['socialLinks']; heading: string }) {
  if (!links?.length) return null
  return (
    <nav className="social" aria-label={heading}>
      <span className="social-heading">{heading}</span>
      <ul>
        {links.map((link) => (
          <li key={link.id ?? link.url}>
            <a href={link.url} rel="me noopener" className={`social-${link.network}`}>
              {LABELS[link.network] ?? link.network}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
