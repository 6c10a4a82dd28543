/**
 * What a request tells about a new comment beyond its stored fields, passed from the endpoints to
 * the collection hooks through `context.submission`. Local API writes without it (the demo seed,
 * imports) are trusted and skip the reader checks.
 */
export type Submission = {
  ip: string | null
  userAgent: string | null
  /** The hidden form field; anything in it marks a bot. */
  honeypot: string | null
  /** When the comment form was shown (the client sends it back), for the too-fast check. */
  formShownAt: Date | null
  /** Inline feedback: the passage selected (untrusted: checked against the article's text). */
  quote?: unknown
  /** Filled by the hook for the endpoint: what the commenter is told. */
  outcome?: { action: 'approve' | 'hold' | 'reject' | 'spam'; message: string }
}

export const CLIENT_IP_HEADER = 'x-newsroom-client-ip'

/** Reads the submission details from a request (the client address is set by the Express edge, never by the client). */
export function submissionFrom(headers: Headers, fields: { honeypot?: unknown; formShownAt?: unknown; quote?: unknown }): Submission {
  const shown = typeof fields.formShownAt === 'string' || typeof fields.formShownAt === 'number' ? new Date(fields.formShownAt) : null
  return {
    ip: headers.get(CLIENT_IP_HEADER),
    userAgent: headers.get('user-agent')?.slice(0, 300) ?? null,
    honeypot: typeof fields.honeypot === 'string' ? fields.honeypot : null,
    formShownAt: shown && !Number.isNaN(shown.getTime()) ? shown : null,
    quote: fields.quote ?? undefined,
  }
}
