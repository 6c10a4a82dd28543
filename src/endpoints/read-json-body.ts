import { APIError, type PayloadRequest } from 'payload'

import { isJsonObject } from '../lib/json/is-json-object'
import { idKindForAdapter, isValidId } from '../lib/requests/id-format'

/** A custom endpoint's JSON object body; anything else is a 400 that says what was expected. */
export async function readJsonBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  let body: unknown
  try {
    const text = req.text ? await req.text() : ''
    body = text.trim() === '' ? {} : JSON.parse(text)
  } catch {
    throw new APIError('The request body is not valid JSON.', 400, undefined, true)
  }
  if (!isJsonObject(body)) throw new APIError('The request body must be a JSON object.', 400, undefined, true)
  return body
}

/** The `:id` route parameter, checked to look like an id of this database. */
export function routeId(req: PayloadRequest): string {
  const id = String(req.routeParams?.id ?? '')
  if (!isValidId(id, idKindForAdapter(req.payload.db.name)))
    throw new APIError(`"${id.slice(0, 64)}" is not a valid id.`, 400, { parameter: 'id' }, true)
  return id
}
