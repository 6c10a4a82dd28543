import type { SiteSetting } from '@/payload-types'
import { PAGES } from '@/accounts/domain/routes'
import type { NavLink } from '../navigation'
import { SectionNav } from './SectionNav'
import { SocialLinks } from './SocialLinks'

/** Every page's header: the masthead, the search box, "Connect with us", the reader's account and the sections. */
export function SiteHeader({ site, sections, query = '' }: { site: SiteSetting; sections: NavLink[]; query?: string }) {
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
      {/* The same for everyone, so pages stay cacheable: /account sends a signed-out reader to sign in. */}
      <a className="account-link" href={PAGES.account}>
        Your account
      </a>
      <SectionNav links={sections} />
    </header>
  )
}
