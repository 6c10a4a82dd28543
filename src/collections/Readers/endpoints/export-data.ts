import { APIError, type Endpoint } from 'payload'

import { exportReaderData } from '@/comments/services/reader-data'

/** `GET /api/readers/me/export`: a signed-in reader downloads everything stored about them, as JSON. */
export const exportDataEndpoint: Endpoint = {
  path: '/me/export',
  method: 'get',
  handler: async (req) => {
    if (req.user?.collection !== 'readers') throw new APIError('Sign in as a reader to download your data.', 401, undefined, true)
    const data = await exportReaderData(req, String(req.user.id))
    return Response.json(data, {
      headers: { 'Cache-Control': 'private, no-store', 'Content-Disposition': `attachment; filename="my-comments-data.json"` },
    })
  },
}
