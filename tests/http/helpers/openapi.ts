import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'

import { resolveRef } from '@/openapi/domain/json-pointer'

/** An OpenAPI 3.1 document as served: plain JSON. */
export type OpenApiDocument = {
  openapi: string
  paths: Record<string, Record<string, unknown>>
  components: Record<string, Record<string, unknown>>
}

export type OperationObject = {
  operationId?: string
  security?: Record<string, string[]>[]
  parameters?: { name: string; in: string; required?: boolean; schema?: Record<string, unknown> }[]
  requestBody?: { $ref?: string; content?: Record<string, { schema?: Record<string, unknown> }> }
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: unknown }> }>
}

export type DocumentedOperation = { key: string; method: string; path: string; operation: OperationObject }

const METHODS = ['get', 'post', 'patch', 'put', 'delete']

/** Every operation of the document, as `get /api/articles/{id}`. */
export function operationsOf(document: OpenApiDocument): DocumentedOperation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, operation]) => ({ key: `${method} ${path}`, method, path, operation: operation as OperationObject })),
  )
}

const pointer = (...segments: string[]) => segments.map((segment) => segment.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')

/**
 * Checks answers against the document: whether the status is one it lists for the operation, and
 * whether a JSON body matches the schema it gives for that status (`$ref`s resolved by Ajv inside
 * the whole document, so recursive schemas such as a comment's replies work).
 */
export function answerChecker(document: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats(ajv)
  ajv.addSchema(document as object, 'openapi')
  const compiled = new Map<string, ValidateFunction>()

  return (operation: DocumentedOperation, status: number, body: unknown, contentType: string | null): string | null => {
    const listed = operation.operation.responses[String(status)]
    if (!listed)
      return `${operation.key}: answered ${status}, which the document does not list (${Object.keys(operation.operation.responses).join(', ')})`
    const at = listed.$ref ?? `#/${pointer('paths', operation.path, operation.method, 'responses', String(status))}`
    const response = (listed.$ref ? resolveRef(document, listed.$ref) : listed) as { content?: Record<string, { schema?: unknown }> }
    const json = response.content?.['application/json']
    if (!json?.schema) {
      const documentedTypes = Object.keys(response.content ?? {})
      if (documentedTypes.length > 0 && !documentedTypes.some((type) => contentType?.startsWith(type)))
        return `${operation.key} ${status}: answered ${contentType}, documented ${documentedTypes.join(', ')}`
      return null
    }
    if (!contentType?.startsWith('application/json')) return `${operation.key} ${status}: answered ${contentType}, documented JSON`
    const ref = `openapi${at}/${pointer('content', 'application/json', 'schema')}`
    let validate = compiled.get(ref)
    if (!validate) {
      validate = ajv.getSchema(ref)
      if (!validate) return `${operation.key} ${status}: no schema at ${ref}`
      compiled.set(ref, validate)
    }
    if (validate(body)) return null
    const problems = (validate.errors ?? [])
      .slice(0, 5)
      .map((error) => `${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`)
    return `${operation.key} ${status}: the body does not match its schema: ${problems.join('; ')}`
  }
}
