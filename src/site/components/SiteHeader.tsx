import type { SiteSetting } from '@/payload-types'
import { SocialLinks } from './SocialLinks'

/** Every page's header: the masthead, the search box and "Connect with us". */
export function SiteHeader({ site, query = '' }: { site: SiteSetting; query?: string }) {
  return (
    <header className="site-header">
      <div className="masthead">
        <a className="site-name" href="/">
          {site.siteName}
        </a>
        {site.tagline ? <p className="tagline">{site.tagline}</p> : null}
      </div>
      <form className="search-box" role="search" aria-label="Site search" action="/search" method="get">
        <label htmlFor="site-search" className="visually-hidden">
          Search
        </label>
        <input
          id="site-search"
          type="search"
          name="q"
          defaultValue={query}
          placeholder={site.searchPlaceholder ?? 'Search'}
          maxLength={200}
        />
        <button type="submit">Search</button>
      </form>
      <SocialLinks links={site.socialLinks} heading="Connect with us" />
    </header>
  )
}
