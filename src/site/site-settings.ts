import { cache } from 'react'

import { apiTag } from '../lib/cache/policy'
import { remembered } from '../lib/cache/shared'
import { cacheTags } from '../lib/cache/tags'
import type { SiteSetting } from '../payload-types'
import { showing, sitePayload } from './payload'

/**
 * Site settings (the layout and the page both need them): read once and kept until they or an
 * upload change (the logo), rather than read by every render.
 */
export const siteSettings = cache(async (): Promise<SiteSetting> => {
  await showing([cacheTags.site])
  return remembered('site-settings', [cacheTags.site, apiTag('media')], async () =>
    (await sitePayload()).findGlobal({ slug: 'site-settings', depth: 1, overrideAccess: false }),
  )
})
