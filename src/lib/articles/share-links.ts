export type ShareLink = { network: string; label: string; href: string }

/**
 * "Share": plain links to each network's own share page, with the story's address and headline
 * filled in. No script from any of them is loaded, so nothing follows the reader from our page.
 */
export function shareLinks(story: { url: string; title: string }): ShareLink[] {
  const url = encodeURIComponent(story.url)
  const text = encodeURIComponent(story.title)
  const both = encodeURIComponent(`${story.title} ${story.url}`)
  return [
    { network: 'email', label: 'E-mail', href: `mailto:?subject=${text}&body=${url}` },
    { network: 'x', label: 'X', href: `https://x.com/intent/post?url=${url}&text=${text}` },
    { network: 'facebook', label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${url}` },
    { network: 'linkedin', label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${url}` },
    { network: 'bluesky', label: 'Bluesky', href: `https://bsky.app/intent/compose?text=${both}` },
    { network: 'whatsapp', label: 'WhatsApp', href: `https://wa.me/?text=${both}` },
  ]
}
