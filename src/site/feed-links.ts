import type { Metadata } from 'next'

import { feedPaths, type FeedScope } from '../lib/articles/paths'
import { settings } from '../lib/config/settings'
import { siteSettings } from './site-settings'

type FeedLink = { url: string; title: string }

/**
 * A page's `alternates`: its canonical address and the feeds a reader's feed app should find on it
 * (`<link rel="alternate">`), the site's and, on a section, tag or author page, that list's own.
 * Next replaces the layout's `alternates` with a page's, so every page names its feeds here.
 */
export async function pageAlternates(canonical: string, list?: { scope: FeedScope; name: string }): Promise<Metadata['alternates']> {
  const siteName = (await siteSettings()).siteName ?? settings.siteName
  const feeds = (format: 'rss' | 'atom', label: string): FeedLink[] => [
    ...(list ? [{ url: feedPaths[format](list.scope), title: `${list.name} · ${siteName} (${label})` }] : []),
    { url: feedPaths[format](), title: `${siteName} (${label})` },
  ]
  return { canonical, types: { 'application/rss+xml': feeds('rss', 'RSS'), 'application/atom+xml': feeds('atom', 'Atom') } }
}
