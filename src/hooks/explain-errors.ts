import type { AfterErrorHook } from 'payload'

import { explainError, explainWriteBody } from '../lib/requests/explain-error'

/**
 * Errors caused by the request (malformed JSON, a value the database cannot compare, a dangling
 * reference) leave as a 4xx with a plain message, over REST and GraphQL alike, never as a 500.
 */
export const explainErrors: AfterErrorHook = ({ error, graphqlResult, req, result }) => {
  const explained = explainError(error) ?? (req.payloadAPI === 'REST' ? explainWriteBody(req.method, req.data) : undefined)
  if (!explained) return
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: explained.message,
        extensions: { ...graphqlResult.extensions, statusCode: explained.status },
      },
    }
  }
  return { status: explained.status, response: { ...result, errors: [{ message: explained.message }] } }
}
