export type ServerEvent = { id?: string; event: string; data: string; comment?: boolean }

/**
 * A Server-Sent Events client for tests: reads the stream as it arrives and parses events (and
 * comment lines, such as heartbeats) into `events`.
 */
export async function openEventStream(url: string, headers: Record<string, string> = {}) {
  const controller = new AbortController()
  const response = await fetch(url, { headers: { Accept: 'text/event-stream', ...headers }, signal: controller.signal })
  const events: ServerEvent[] = []
  let buffer = ''
  const reading = (async () => {
    if (!response.ok || !response.body) return
    const decoder = new TextDecoder()
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true })
        let end: number
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const event: ServerEvent = { event: 'message', data: '' }
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) event.comment = true
            else if (line.startsWith('id: ')) event.id = line.slice(4)
            else if (line.startsWith('event: ')) event.event = line.slice(7)
            else if (line.startsWith('data: ')) event.data += line.slice(6)
          }
          if (event.comment && !event.id && !event.data) event.event = 'comment-line'
          events.push(event)
        }
      }
    } catch {
      // aborted
    }
  })()
  return {
    response,
    events,
    async waitFor(predicate: (event: ServerEvent) => boolean, timeoutMs = 10_000): Promise<ServerEvent> {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const found = events.find(predicate)
        if (found) return found
        if (Date.now() > deadline) throw new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(events.slice(-5))}`)
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
    },
    async close() {
      controller.abort()
      await reading
    },
  }
}
