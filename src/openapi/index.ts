import type { Config, Endpoint, PayloadHandler, PayloadRequest, Plugin } from 'payload'
import { openapi } from 'payload-oapi'

import { staffRole } from '@/access/roles'
import { documentedComponents } from '@/endpoints/documented-endpoint'
import { settings } from '@/lib/config/settings'
import { messagePage } from '@/lib/text/message-page'
import { type Document, publicDescription } from './domain/public-description'
import { referencePage } from './domain/reference-page'
import { publicSurface } from './services/public-surface'

export const OPENAPI_PATH = '/openapi.json'
export const REFERENCE_PATH = '/docs'

const METADATA = {
  title: 'Newsroom API',
  version: '1',
  description:
    'The public REST API: reads of articles, sections, tags, authors, media, comments and site settings; readers’ accounts; and the comment, search and related-story endpoints. GraphQL is at /api/graphql.',
}

/**
 * The public description, worked out once per process (it depends on the configuration only):
 * `payload-oapi` generates it from the collections' fields and the `custom.openapi` our endpoints
 * carry (built from their zod contracts); domain/public-description.ts keeps the public part.
 */
function describer(generate: PayloadHandler): (req: PayloadRequest) => Promise<Document> {
  let described: Promise<Document> | undefined
  return (req) => {
    described ??= (async () => {
      const generated = (await (await generate(req)).json()) as Document
      const shaped = publicDescription(generated, await publicSurface(req.payload))
      const schemas = { ...shaped.components.schemas, ...documentedComponents() }
      return { ...shaped, components: { ...shaped.components, schemas }, servers: [{ url: settings.siteUrl }] }
    })().catch((error: unknown) => {
      described = undefined
      throw error
    })
    return described
  }
}

/** `GET /api/docs`: the reference page, for staff (or anyone, with API_DOCS_PUBLIC). */
function referenceEndpoint(describe: (req: PayloadRequest) => Promise<Document>): Endpoint {
  return {
    path: REFERENCE_PATH,
    method: 'get',
    handler: async (req) => {
      const headers = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store' }
      if (!settings.apiDocsPublic && staffRole(req.user) === null) {
        const page = messagePage({
          siteName: settings.siteName,
          siteUrl: settings.siteUrl,
          title: 'API reference',
          message:
            'The API reference is for the newsroom: log in to the admin (/admin) first, then open /api/docs again. The description itself is public at /api/openapi.json.',
          ok: false,
        })
        return new Response(page, { status: 401, headers })
      }
      const api = req.payload.config.routes.api
      const page = referencePage(await describe(req), {
        description: `${settings.siteUrl}${api}${OPENAPI_PATH}`,
        graphql: `${settings.siteUrl}${api}/graphql`,
        admin: `${settings.siteUrl}/admin`,
      })
      return new Response(page, { headers })
    },
  }
}

/**
 * The API description at `/api/openapi.json` and its reference page at `/api/docs`.
 * `payload-oapi`'s own `/openapi-auth` (a second staff login outside our sign-in rate limits, and a
 * 500 on a form without a username) is left out.
 */
export const openapiFeature: Plugin = async (incoming: Config) => {
  const config = await openapi({
    openapiVersion: '3.1',
    specEndpoint: OPENAPI_PATH,
    metadata: METADATA,
    filters: { hideInternalCollections: true },
  })(incoming)
  const endpoints = config.endpoints ?? []
  const generator = endpoints.find((endpoint) => endpoint.path === OPENAPI_PATH && endpoint.method === 'get')
  if (!generator) throw new Error('payload-oapi added no description endpoint')
  const describe = describer(generator.handler)
  const description: Endpoint = {
    ...generator,
    handler: async (req) => Response.json(await describe(req), { headers: { 'Cache-Control': 'public, max-age=300' } }),
  }
  return {
    ...config,
    endpoints: [
      ...endpoints.filter((endpoint) => endpoint !== generator && endpoint.path !== '/openapi-auth'),
      description,
      referenceEndpoint(describe),
    ],
  }
}
