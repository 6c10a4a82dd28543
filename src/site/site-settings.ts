import { cache } from 'react'

import { cacheTags } from '../lib/cache/tags'
import type { SiteSetting } from '../payload-types'
import { showing, sitePayload } from './payload'

/** Site settings, once per render (the layout and the page both need them). */
export const siteSettings = cache(async (): Promise<SiteSetting> => {
  const payload = await sitePayload()
  await showing([cacheTags.site])
  return payload.findGlobal({ slug: 'site-settings', depth: 1, overrideAccess: false })
})
