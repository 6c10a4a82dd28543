/**
 * What a local `$ref` (`#/components/schemas/Article`) points at inside an OpenAPI document, or
 * undefined. Segments are JSON Pointer tokens: `~1` is `/`, `~0` is `~`.
 */
export function resolveRef(document: unknown, ref: string): unknown {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, segment) => (node as Record<string, unknown> | undefined)?.[segment], document)
}
