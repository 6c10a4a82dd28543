import { APIError, type Endpoint } from 'payload'

/**
 * `GET /api/readers/verify-email?token=…`: the link in the sign-up e-mail. Payload's own verify
 * route is a POST, which a link in an e-mail cannot make.
 */
export const verifyEmailEndpoint: Endpoint = {
  path: '/verify-email',
  method: 'get',
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
}
