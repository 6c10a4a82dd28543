import { CLIENT_IP_HEADER } from '@/lib/requests/client-ip'

/**
 * What a request tells about a new comment beyond its stored fields: what the moderation pipeline
 * reads besides the text (the honeypot, how fast the form was sent, the client) and a quoted passage.
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
}

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
