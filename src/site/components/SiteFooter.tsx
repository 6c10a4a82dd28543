import { feedPaths } from '@/lib/articles/paths'
import type { SiteSetting } from '@/payload-types'
import type { NavLink } from '../navigation'
import { SectionList } from './SectionList'
import { SocialLinks } from './SocialLinks'

/** The about blurb, the sections, the social links and the ways to follow the site. */
export function SiteFooter({ site, sections }: { site: SiteSetting; sections: NavLink[] }) {
  return (
    <footer className="site-footer">
      {sections.length > 0 ? (
        <nav aria-label="Sections (footer)" className="footer-sections">
          <SectionList links={sections} />
        </nav>
      ) : null}
      {site.about ? (
        <section aria-labelledby="about-heading" className="about">
          <h2 id="about-heading">About {site.siteName}</h2>
          <p>{site.about}</p>
        </section>
      ) : null}
      <SocialLinks links={site.socialLinks} heading="Follow us" />
      <p className="footer-links">
        <a href={feedPaths.rss()}>RSS</a> · <a href={feedPaths.atom()}>Atom</a> · <a href="/sitemap.xml">Sitemap</a>
      </p>
    </footer>
  )
}
