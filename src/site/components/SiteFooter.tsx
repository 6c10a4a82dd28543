import { feedPaths } from '@/lib/articles/paths'
import type { SiteSetting } from '@/payload-types'

/** The about blurb and the ways to follow the site. */
export function SiteFooter({ site }: { site: SiteSetting }) {
  return (
    <footer className="site-footer">
      {site.about ? (
        <section aria-labelledby="about-heading" className="about">
          <h2 id="about-heading">About {site.siteName}</h2>
          <p>{site.about}</p>
        </section>
      ) : null}
      <p className="footer-links">
        <a href={feedPaths.rss()}>RSS</a> · <a href={feedPaths.atom()}>Atom</a> · <a href="/sitemap.xml">Sitemap</a>
      </p>
    </footer>
  )
}
