import type { RequestHandler } from 'express'

import { isPersonal } from '../lib/cache/policy'

const ME = /^\/api\/(readers|users)\/me\/?$/

/**
 * `GET /api/readers/me` (and `/api/users/me`) without any login: the answer is always Payload's
 * `{"user":null}`, and a front end asks it on every view (the login cookie is HttpOnly, so a page
 * cannot tell beforehand; our own comments block learns it from its comments read instead).
 * Answered here, it costs no trip through Next and Payload — at news-site traffic that was once the
 * most expensive request a page view made (docs/deploy.md, capacity). Anything carrying a login
 * goes through to Payload as before.
 */
export const answerAnonymousMe: RequestHandler = (req, res, next) => {
  if (req.method !== 'GET' || !ME.test(req.path) || isPersonal(req.headers)) return next()
  res.set('Cache-Control', 'private, no-store').json({ user: null })
}
