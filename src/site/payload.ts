import config from '@payload-config'
import { headers } from 'next/headers'
import { createLocalReq, getPayload, type Payload, type PayloadRequest } from 'payload'
import { cache } from 'react'

import { RENDER_ID_HEADER, reportRenderTags } from '../lib/cache/shared'

/** The one Payload instance (cached by Payload), as the reader site uses it. */
export function sitePayload(): Promise<Payload> {
  return getPayload({ config })
}

/**
 * A request with no user, for the reads of a page: the reader site reads exactly what an anonymous
 * REST client would. Personal touches (own pending comments, "signed in as") are the client
 * islands' job, so every page can be cached for everyone. One per render (React's `cache`), so the
 * page's reads share Payload's data loader: a section, author or picture that several lists show is
 * read once, and lists read together populate together.
 */
export const anonymousRequest = cache(async (): Promise<PayloadRequest> => createLocalReq({}, await sitePayload()))

/** Tells the edge cache what this page shows, so changing any of it purges the page. */
export async function showing(tags: Iterable<string>): Promise<void> {
  const renderId = (await headers()).get(RENDER_ID_HEADER)
  reportRenderTags(renderId, tags)
}
