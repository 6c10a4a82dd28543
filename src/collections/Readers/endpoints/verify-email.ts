import { APIError, type Endpoint } from 'payload'
import { z } from 'zod'

import { documentedEndpoint } from '@/endpoints/documented-endpoint'

/**
 * `GET /api/readers/verify-email?token=…`: the link in the sign-up e-mail. Payload's own verify
 * route is a POST, which a link in an e-mail cannot make.
 */
export const verifyEmailEndpoint: Endpoint = documentedEndpoint({
  path: '/verify-email',
  method: 'get',
  contract: {
    summary: 'Confirm a reader’s e-mail address (the link in the sign-up e-mail)',
    tags: ['Readers'],
    caller: 'anyone',
    query: z.object({ token: z.string().describe('The token from the link.') }),
    responses: { 200: { description: 'Confirmed.', schema: z.object({ message: z.string() }) } },
  },
  handler: async (req) => {
    const token = typeof req.query?.token === 'string' ? req.query.token : ''
    if (!/^[A-Za-z0-9._-]{16,256}$/.test(token)) {
      throw new APIError('The confirmation link is incomplete: open the whole link from the e-mail.', 400, { parameter: 'token' }, true)
    }
    try {
      await req.payload.verifyEmail({ collection: 'readers', token })
    } catch {
      throw new APIError('This confirmation link is not valid or has already been used.', 400, { parameter: 'token' }, true)
    }
    return Response.json({ message: 'Your e-mail address is confirmed: you can now log in and comment.' })
  },
})
