const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' }

/**
 * A readable plain-text copy of one of our own mails' HTML (simple markup we write ourselves), for
 * the demo's server log and outbox: each link becomes "label: address", so the address can be copied.
 */
export function mailPlainText(message: { text?: string; html?: string }): string {
  if (message.text) return message.text
  const html = message.html ?? ''
  return html
    .replace(/<a\s[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_, href: string, label: string) => `${label}: ${href}`)
    .replace(/<\/(p|div|h\d|li)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name])
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
