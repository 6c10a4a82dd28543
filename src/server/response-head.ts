import type { OutgoingHttpHeaders, ServerResponse } from 'node:http'

/**
 * Calls `hook` just before the response's head is written, with its status and the headers passed to
 * `writeHead` itself, if any: the one moment a header can still be set (or overruled) whatever the
 * handler set before, Next included, which sets its own and writes the head implicitly.
 */
export function beforeHead(res: ServerResponse, hook: (status: number, given: OutgoingHttpHeaders | undefined) => void): void {
  const writeHead = res.writeHead
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
    const status = typeof args[0] === 'number' ? args[0] : this.statusCode
    hook(
      status,
      args.find((arg): arg is OutgoingHttpHeaders => typeof arg === 'object' && arg !== null && !Array.isArray(arg)),
    )
    return writeHead.apply(this, args)
  } as ServerResponse['writeHead']
}

/** The keys of `given` (headers passed to writeHead) that are `name`, in whatever case. */
export const keysNamed = (given: OutgoingHttpHeaders | undefined, name: string) =>
  Object.keys(given ?? {}).filter((key) => key.toLowerCase() === name.toLowerCase())
