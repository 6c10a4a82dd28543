import { APIError, type Endpoint } from 'payload'

import { z } from 'zod'

import { exportReaderData } from '@/comments/services/reader-data'
import { documentedEndpoint } from '@/endpoints/documented-endpoint'

const exportAnswer = z.looseObject({
  exportedAt: z.string(),
  reader: z.looseObject({ id: z.union([z.string(), z.number()]), email: z.string() }),
  comments: z.array(z.looseObject({ id: z.union([z.string(), z.number()]), body: z.string().nullish(), status: z.string() })),
  votes: z.array(z.object({ comment: z.string().nullable(), value: z.number(), createdAt: z.string() })),
  reports: z.array(z.object({ comment: z.string().nullable(), reason: z.string(), text: z.string().nullish(), createdAt: z.string() })),
})

/** `GET /api/readers/me/export`: a signed-in reader downloads everything stored about them, as JSON. */
export const exportDataEndpoint: Endpoint = documentedEndpoint({
  path: '/me/export',
  method: 'get',
  contract: {
    summary: 'Download my data',
    description: 'Everything stored about the signed-in reader: account, comments, votes and reports.',
    tags: ['Readers'],
    caller: 'reader',
    responses: { 200: { description: 'A JSON file (Content-Disposition: attachment).', schema: exportAnswer } },
  },
  handler: async (req) => {
    if (req.user?.collection !== 'readers') throw new APIError('Sign in as a reader to download your data.', 401, undefined, true)
    const data = await exportReaderData(req, String(req.user.id))
    return Response.json(data, {
      headers: { 'Cache-Control': 'private, no-store', 'Content-Disposition': `attachment; filename="my-comments-data.json"` },
    })
  },
})
