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

/**
 * The page behind a reader's password-reset link: a plain form (no script) that posts the new
 * password with the link's token to `action`.
 */
export function passwordFormPage(args: { siteName: string; siteUrl: string; action: string; token: string; message?: string }): string {
  const { siteName, siteUrl, action, token, message } = args
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    // The token is in this page's address: no link on it may pass the address on.
    `<meta name="robots" content="noindex"><meta name="referrer" content="no-referrer"><title>Choose a new password · ${escapeHtml(siteName)}</title>`,
    '<style>body{font:18px/1.6 Georgia,serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a}a{color:#0b57d0}.bad{color:#b3261e}label{display:block;margin:1rem 0 .25rem}input{font:inherit;padding:.4rem;width:100%;box-sizing:border-box}button{font:inherit;margin-top:1rem;padding:.5rem 1rem}</style>',
    `</head><body><main><h1>Choose a new password</h1>${message ? `<p class="bad" role="alert">${escapeHtml(message)}</p>` : ''}`,
    `<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="token" value="${escapeHtml(token)}">`,
    '<label for="password">New password (at least 8 characters)</label>',
    '<input id="password" name="password" type="password" autocomplete="new-password" minlength="8" maxlength="200" required>',
    '<button type="submit">Save the new password</button></form>',
    `<p><a href="${escapeHtml(siteUrl)}/">Back to ${escapeHtml(siteName)}</a></p></main></body></html>`,
  ].join('')
}

/** Whether a request comes from a person's browser following a link (it prefers HTML) rather than an API client. */
export function wantsHtml(accept: string | null | undefined): boolean {
  return /\btext\/html\b/.test(accept ?? '')
}
