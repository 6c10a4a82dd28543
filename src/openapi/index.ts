import type { Config, Endpoint, PayloadHandler, Plugin } from 'payload'
import { openapi } from 'payload-oapi'

import { documentedComponents } from '@/endpoints/documented-endpoint'
import { settings } from '@/lib/config/settings'
import { type Document, publicDescription } from './domain/public-description'
import { publicSurface } from './services/public-surface'

export const OPENAPI_PATH = '/openapi.json'

const METADATA = {
  title: 'Newsroom API',
  version: '1',
  description:
    'The public REST API: reads of articles, sections, tags, authors, media, comments and site settings; readers’ accounts; and the comment, search and related-story endpoints. GraphQL is at /api/graphql.',
}

/**
 * `GET /api/openapi.json`: `payload-oapi` generates the description from the collections' fields
 * and the `custom.openapi` our endpoints carry (built from their zod contracts); we keep the
 * public part of it (domain/public-description.ts). Worked out once per process: it depends on the
 * configuration only.
 */
function publicDescriptionHandler(generate: PayloadHandler): PayloadHandler {
  let described: Promise<Document> | undefined
  return async (req) => {
    described ??= (async () => {
      const generated = (await (await generate(req)).json()) as Document
      const shaped = publicDescription(generated, await publicSurface(req.payload))
      const schemas = { ...shaped.components.schemas, ...documentedComponents() }
      return { ...shaped, components: { ...shaped.components, schemas }, servers: [{ url: settings.siteUrl }] }
    })().catch((error: unknown) => {
      described = undefined
      throw error
    })
    return Response.json(await described, { headers: { 'Cache-Control': 'public, max-age=300' } })
  }
}

/**
 * The API description. `payload-oapi`'s own `/openapi-auth` (a second staff login outside our
 * sign-in rate limits, and a 500 on a form without a username) is left out.
 */
export const openapiFeature: Plugin = async (incoming: Config) => {
  const config = await openapi({
    openapiVersion: '3.1',
    specEndpoint: OPENAPI_PATH,
    metadata: METADATA,
    filters: { hideInternalCollections: true },
  })(incoming)
  const endpoints: Endpoint[] = (config.endpoints ?? [])
    .filter((endpoint) => endpoint.path !== '/openapi-auth')
    .map((endpoint) =>
      endpoint.path === OPENAPI_PATH && endpoint.method === 'get'
        ? { ...endpoint, handler: publicDescriptionHandler(endpoint.handler) }
        : endpoint,
    )
  return { ...config, endpoints }
}
