import { escapeHtml } from './escape-html'

/**
 * A small self-contained HTML page for a link a reader opens from an e-mail (confirm, unsubscribe):
 * the answer a browser shows instead of JSON. Everything interpolated is escaped.
 */
export function messagePage(args: { siteName: string; siteUrl: string; title: string; message: string; ok: boolean }): string {
  const { siteName, siteUrl, title, message, ok } = args
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="robots" content="noindex"><title>${escapeHtml(title)} · ${escapeHtml(siteName)}</title>`,
    '<style>body{font:18px/1.6 Georgia,serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a}a{color:#0b57d0}.bad{color:#b3261e}</style>',
    `</head><body><main><h1>${escapeHtml(title)}</h1><p class="${ok ? 'ok' : 'bad'}">${escapeHtml(message)}</p>`,
    `<p><a href="${escapeHtml(siteUrl)}/">Back to ${escapeHtml(siteName)}</a></p></main></body></html>`,
  ].join('')
}

/** Whether a request comes from a person's browser following a link (it prefers HTML) rather than an API client. */
export function wantsHtml(accept: string | null | undefined): boolean {
  return /\btext\/html\b/.test(accept ?? '')
}
