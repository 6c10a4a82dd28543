import type { Metadata } from 'next'
import React from 'react'

import { feedPaths } from '@/lib/articles/paths'
import { settings } from '@/lib/config/settings'
import { SiteFooter } from '@/site/components/SiteFooter'
import { SiteHeader } from '@/site/components/SiteHeader'
import { sectionLinks } from '@/site/navigation'
import { serifFace, serifItalicFace, uiFace } from '@/site/fonts'
import { siteSettings } from '@/site/site-settings'
import './site.css'

// Every page is rendered per request and cached by the Express edge, which knows when to purge it
// (src/server/page-cache.ts); Next's own caches would keep pages past a publish.
export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const site = await siteSettings()
  const name = site.siteName ?? settings.siteName
  return {
    metadataBase: new URL(settings.siteUrl),
    title: { default: name, template: `%s · ${name}` },
    description: site.tagline ?? site.about ?? undefined,
    alternates: {
      types: {
        'application/rss+xml': [{ url: feedPaths.rss(), title: `${name} (RSS)` }],
        'application/atom+xml': [{ url: feedPaths.atom(), title: `${name} (Atom)` }],
      },
    },
    openGraph: { siteName: name, type: 'website' },
    twitter: { card: 'summary_large_image' },
  }
}

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const [site, sections] = await Promise.all([siteSettings(), sectionLinks()])
  return (
    <html lang="en" className={`${serifFace.variable} ${serifItalicFace.variable} ${uiFace.variable}`}>
      <body>
        <a className="skip-link" href="#content">
          Skip to content
        </a>
        <SiteHeader site={site} sections={sections} />
        <main id="content">{children}</main>
        <SiteFooter site={site} sections={sections} />
      </body>
    </html>
  )
}
