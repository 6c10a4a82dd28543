import { escapeHtml } from '@/lib/text/escape-html'
import { resolveRef } from './json-pointer'
import type { Document } from './public-description'

type Json = Record<string, unknown>
type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: Json }
type Operation = {
  summary?: string
  description?: string
  operationId?: string
  tags?: string[]
  security?: Record<string, string[]>[]
  parameters?: Parameter[]
  requestBody?: { $ref?: string; content?: Record<string, { schema?: Json }> }
  responses?: Record<string, { $ref?: string; description?: string; content?: Record<string, { schema?: Json }> }>
}

const METHODS = ['get', 'post', 'patch', 'put', 'delete']

const WHO: Record<string, string> = {
  ReaderCookie: 'a signed-in reader',
  StaffCookie: 'newsroom staff',
  GuestToken: 'a guest with a voting token',
}

/** Who may call, in words, from the operation's security requirements. */
function callers(security: Operation['security']): string {
  if (!security || security.length === 0) return 'anyone'
  const names = [
    ...new Set(
      security
        .flatMap((requirement) => Object.keys(requirement))
        .map((name) => WHO[name])
        .filter(Boolean),
    ),
  ]
  return names.join(', or ')
}

const typeOf = (schema: Json | undefined): string => {
  if (!schema) return ''
  if (typeof schema.$ref === 'string') return schema.$ref.split('/').at(-1) ?? ''
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => JSON.stringify(value)).join(' | ')
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : String(schema.type ?? 'any')
  const range =
    schema.minimum !== undefined && schema.maximum !== undefined && Number(schema.maximum) < 1e9
      ? ` (${schema.minimum}–${schema.maximum})`
      : ''
  return `${type}${range}`
}

const json = (value: unknown) => `<pre>${escapeHtml(JSON.stringify(value, null, 2))}</pre>`

/** A response or request body as given, or what its `$ref` points at. */
function resolve(document: Document, node: { $ref?: string } | undefined): Json | undefined {
  return (node?.$ref ? resolveRef(document, node.$ref) : node) as Json | undefined
}

function operationHtml(document: Document, method: string, path: string, operation: Operation): string {
  const parameters = operation.parameters ?? []
  const body = resolve(document, operation.requestBody)?.content as Record<string, { schema?: Json }> | undefined
  const responses = Object.entries(operation.responses ?? {}).map(([status, listed]) => {
    const response = resolve(document, listed) as { description?: string; content?: Record<string, { schema?: Json }> } | undefined
    const schema = response?.content?.['application/json']?.schema
    const other = Object.keys(response?.content ?? {}).filter((type) => type !== 'application/json')
    return `<li><strong>${escapeHtml(status)}</strong> ${escapeHtml(response?.description ?? '')}${other.length ? ` <code>${escapeHtml(other.join(', '))}</code>` : ''}${
      schema ? `<details><summary>body</summary>${json(schema)}</details>` : ''
    }</li>`
  })
  return [
    `<section id="${escapeHtml(operation.operationId ?? `${method}-${path}`)}" class="operation">`,
    `<h3><span class="method ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>`,
    `<p>${escapeHtml(operation.summary ?? '')}. <em>Who: ${escapeHtml(callers(operation.security))}.</em></p>`,
    operation.description ? `<p>${escapeHtml(operation.description)}</p>` : '',
    parameters.length
      ? `<table><thead><tr><th>Parameter</th><th>In</th><th>Type</th><th>Description</th></tr></thead><tbody>${parameters
          .map(
            (parameter) =>
              `<tr><td><code>${escapeHtml(parameter.name)}</code>${parameter.required ? ' (required)' : ''}</td><td>${escapeHtml(parameter.in)}</td><td>${escapeHtml(typeOf(parameter.schema))}</td><td>${escapeHtml(parameter.description ?? '')}</td></tr>`,
          )
          .join('')}</tbody></table>`
      : '',
    body?.['application/json']?.schema
      ? `<details><summary>Request body (JSON)</summary>${json(body['application/json'].schema)}</details>`
      : '',
    `<p>Answers:</p><ul class="responses">${responses.join('')}</ul>`,
    '</section>',
  ].join('')
}

/**
 * The API reference at /api/docs: the description rendered as one plain page, operations grouped
 * by tag, with who may call each, its parameters, body and answers. No script, so it works under
 * any Content-Security-Policy and reads in any browser.
 */
export function referencePage(document: Document, links: { description: string; graphql: string; admin: string }): string {
  const info = (document.info ?? {}) as { title?: string; version?: string; description?: string }
  const byTag = new Map<string, string[]>()
  const contents = new Map<string, string[]>()
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method] as Operation | undefined
      if (!operation) continue
      const tag = operation.tags?.[0] ?? 'Other'
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationHtml(document, method, path, operation)])
      contents.set(tag, [
        ...(contents.get(tag) ?? []),
        `<li><a href="#${escapeHtml(operation.operationId ?? `${method}-${path}`)}"><code>${method.toUpperCase()} ${escapeHtml(path)}</code></a> ${escapeHtml(operation.summary ?? '')}</li>`,
      ])
    }
  }
  const tags = [...byTag.keys()].sort()
  const schemes = Object.entries((document.components.securitySchemes ?? {}) as Record<string, { description?: string }>)
  const schemas = Object.entries(document.components.schemas ?? {}).sort(([a], [b]) => a.localeCompare(b))
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="robots" content="noindex"><title>${escapeHtml(info.title ?? 'API')} reference</title>`,
    '<style>body{font:16px/1.55 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}code,pre{font:14px ui-monospace,monospace}',
    'main{overflow-wrap:anywhere}pre{background:#f5f5f5;padding:.75rem;overflow:auto;max-height:30rem;overflow-wrap:normal}table{display:block;overflow-x:auto;border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:normal;white-space:nowrap}td:last-child{white-space:normal;min-width:14rem}',
    '.operation{border-top:1px solid #ccc;padding:.5rem 0}.method{display:inline-block;min-width:4.5rem;font-size:.8em;padding:.1rem .4rem;border-radius:.25rem;color:#fff;background:#555;text-align:center}',
    '.get{background:#1b6e3a}.post{background:#0b57d0}.patch{background:#8a5a00}.delete{background:#b3261e}a{color:#0b57d0}h3{font-size:1.05rem;overflow-wrap:anywhere}</style>',
    `</head><body><main><h1>${escapeHtml(info.title ?? 'API')} <small>version ${escapeHtml(info.version ?? '')}</small></h1>`,
    `<p>${escapeHtml(info.description ?? '')}</p>`,
    `<p>The machine-readable description: <a href="${escapeHtml(links.description)}">${escapeHtml(links.description)}</a> (OpenAPI 3.1). A typed client: <code>npx openapi-typescript ${escapeHtml(links.description)} -o api.d.ts</code>. GraphQL: <code>${escapeHtml(links.graphql)}</code>. <a href="${escapeHtml(links.admin)}">Back to the admin</a>.</p>`,
    '<h2>Signing in</h2><ul>',
    ...schemes.map(([name, scheme]) => `<li><strong>${escapeHtml(name)}</strong>: ${escapeHtml(scheme.description ?? '')}</li>`),
    '</ul><p>Every refusal answers <code>{ "errors": [{ "message": "…" }] }</code>, with <code>data.parameter</code> naming the parameter or field where there is one.</p>',
    '<h2>Contents</h2>',
    ...tags.map((tag) => `<h3>${escapeHtml(tag)}</h3><ul>${(contents.get(tag) ?? []).join('')}</ul>`),
    ...tags.map((tag) => `<h2>${escapeHtml(tag)}</h2>${(byTag.get(tag) ?? []).join('')}`),
    '<h2>Schemas</h2>',
    ...schemas.map(
      ([name, schema]) =>
        `<details id="schema-${escapeHtml(name)}"><summary><code>${escapeHtml(name)}</code></summary>${json(schema)}</details>`,
    ),
    '</main></body></html>',
  ].join('')
}
