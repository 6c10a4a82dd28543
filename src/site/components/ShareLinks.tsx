import { shareLinks } from '@/lib/articles/share-links'

/** The story's share links (plain links, no outside script), under the article. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  return (
    <nav className="share" aria-label="Share this story">
      <span className="share-heading">Share</span>
      <ul>
        {shareLinks({ url, title }).map((link) => (
          <li key={link.network}>
            <a href={link.href} rel="noopener noreferrer" className={`share-${link.network}`}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
