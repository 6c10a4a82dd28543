import type { RequestHandler } from 'express'

/**
 * Refuses request bodies that announce themselves as too large (Content-Length) before Next reads
 * a byte. Without it an oversized upload is refused by Payload only after it has started reading,
 * and the client, still sending, never sees the answer. The body is read and dropped so the client
 * can finish sending and read the 413; one still sending after 10 seconds is cut off.
 */
export function bodyLimit(options: { uploadBytes: number; otherBytes: number }): RequestHandler {
  return (req, res, next) => {
    const length = Number(req.headers['content-length'] ?? 0)
    if (!length) return next()
    const multipart = (req.headers['content-type'] ?? '').startsWith('multipart/')
    // Multipart framing and the other form fields ride along with the file.
    const limit = multipart ? options.uploadBytes + 1024 * 1024 : options.otherBytes
    if (length <= limit) return next()
    const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`
    // Answer once the client has finished sending: answering first and closing the connection
    // makes the client fail with a broken pipe instead of reading the 413.
    const cutOff = setTimeout(() => req.destroy(), 10_000).unref()
    req.once('end', () => {
      clearTimeout(cutOff)
      res
        .status(413)
        .set('Connection', 'close')
        .json({
          errors: [
            {
              message: `The request body (${megabytes(length)}) is larger than the ${megabytes(limit)} allowed${multipart ? ' for an upload' : ''}.`,
            },
          ],
        })
    })
    req.resume()
  }
}
