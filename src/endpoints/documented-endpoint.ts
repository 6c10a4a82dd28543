import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { readJsonBody } from './read-json-body'

/** A JSON Schema (draft 2020-12) or an OpenAPI object: plain JSON. */
type Json = Record<string, unknown>

/** Who may call an operation: its OpenAPI `security`, and the line the reference page shows. */
export type Caller = 'anyone' | 'reader' | 'reader-or-guest' | 'staff'

export type DocumentedResponse = {
  description: string
  /** JSON body; omit for a response with no JSON (a page, a stream). */
  schema?: z.ZodType
  /** Another media type than JSON, e.g. `text/html` or `text/event-stream`. */
  contentType?: string
}

export type EndpointContract<Body extends z.ZodType | undefined> = {
  summary: string
  description?: string
  tags: string[]
  caller: Caller
  /** Path parameters (`:id`), described; the handler checks them (`routeId`). */
  params?: z.ZodObject
  /** Query parameters, described; the service that reads them refuses bad values with a 400 naming them. */
  query?: z.ZodObject
  /** The JSON body: described here and checked before the handler runs. */
  body?: Body
  headers?: { name: string; description: string; required?: boolean }[]
  responses: Record<number, DocumentedResponse>
}

type BodyOf<Body> = Body extends z.ZodType ? z.output<Body> : undefined

const SECURITY: Record<Caller, Record<string, string[]>[]> = {
  anyone: [],
  reader: [{ ReaderCookie: [] }, { ReaderJWT: [] }],
  'reader-or-guest': [{ ReaderCookie: [] }, { ReaderJWT: [] }, { GuestToken: [] }],
  staff: [{ StaffCookie: [] }, { StaffJWT: [] }],
}

const componentSchemas = new Map<string, Json>()

/**
 * Schemas named with `.meta({ id })` (the recursive ones must be), shared by the operations that
 * use them: `/api/openapi.json` lists them under `components.schemas`.
 */
export function documentedComponents(): Record<string, Json> {
  return Object.fromEntries(componentSchemas)
}

/**
 * A zod schema as the JSON Schema (draft 2020-12, which OpenAPI 3.1 speaks) a client generator
 * reads. Named parts zod puts under `$defs` become components, so that an operation embedded in
 * the document still finds them.
 */
function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): Json {
  const { $schema: _dialect, $defs, ...described } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' })
  const toComponents = (value: Json): Json => JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/')) as Json
  for (const [name, definition] of Object.entries($defs ?? {})) {
    if (name.startsWith('__'))
      throw new Error(`A recursive schema needs a name: add .meta({ id }) to it (${JSON.stringify(definition).slice(0, 80)})`)
    componentSchemas.set(name, toComponents(definition as Json))
  }
  return toComponents(described)
}

function parametersOf(where: 'path' | 'query', shape: z.ZodObject | undefined): Json[] {
  if (!shape) return []
  return Object.entries(shape.shape).map(([name, field]) => ({
    name,
    in: where,
    required: where === 'path' || !field.safeParse(undefined).success,
    ...(field.description ? { description: field.description } : {}),
    schema: jsonSchemaOf(field, 'output'),
  }))
}

/** The OpenAPI operation for a contract; `payload-oapi` reads it from the endpoint's `custom.openapi`. */
function operationOf(contract: EndpointContract<z.ZodType | undefined>): Json {
  const headers: Json[] = (contract.headers ?? []).map((header) => ({
    name: header.name,
    in: 'header',
    required: header.required ?? false,
    description: header.description,
    schema: { type: 'string' },
  }))
  return {
    summary: contract.summary,
    ...(contract.description ? { description: contract.description } : {}),
    tags: contract.tags,
    security: SECURITY[contract.caller],
    parameters: [...parametersOf('path', contract.params), ...parametersOf('query', contract.query), ...headers],
    ...(contract.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchemaOf(contract.body, 'input') } } } }
      : {}),
    responses: Object.fromEntries(
      Object.entries(contract.responses).map(([status, response]) => [
        status,
        {
          description: response.description,
          ...(response.schema
            ? { content: { 'application/json': { schema: jsonSchemaOf(response.schema, 'output') } } }
            : response.contentType
              ? { content: { [response.contentType]: { schema: { type: 'string' } } } }
              : {}),
        },
      ]),
    ),
  }
}

/** The first thing wrong with a body, as a 400 naming the field (`data.parameter`) and saying what was expected. */
function bodyProblem(error: z.ZodError): APIError {
  const issue = error.issues[0]
  const parameter = issue?.path.map(String).join('.') || 'body'
  const message = issue?.message ?? 'The request body does not match the documented shape.'
  const said = message.startsWith(parameter) ? message : `${parameter}: ${message}`
  return new APIError(said, 400, { parameter }, true)
}

/**
 * A Payload endpoint with its contract: the body is read as JSON and checked against the zod schema
 * before the handler runs (a 400 naming the field otherwise), and the same schemas describe the
 * operation in `/api/openapi.json`. One declaration, so the description cannot drift from the code.
 */
export function documentedEndpoint<Body extends z.ZodType | undefined = undefined>(
  endpoint: Pick<Endpoint, 'path' | 'method'> & {
    contract: EndpointContract<Body>
    handler: (req: PayloadRequest, body: BodyOf<Body>) => Promise<Response> | Response
  },
): Endpoint {
  const { contract, handler, ...route } = endpoint
  return {
    ...route,
    custom: { openapi: operationOf(contract) },
    handler: async (req) => {
      if (!contract.body) return handler(req, undefined as BodyOf<Body>)
      const parsed = contract.body.safeParse(await readJsonBody(req))
      if (!parsed.success) throw bodyProblem(parsed.error)
      return handler(req, parsed.data as BodyOf<Body>)
    },
  }
}

/**
 * The query string checked against the contract's `query` schema (coercing numbers, filling
 * defaults): a 400 naming the parameter when a value is wrong.
 */
export function checkedQuery<Query extends z.ZodObject>(schema: Query, req: PayloadRequest): z.output<Query> {
  const parsed = schema.safeParse(req.query ?? {})
  if (!parsed.success) throw bodyProblem(parsed.error)
  return parsed.data
}
