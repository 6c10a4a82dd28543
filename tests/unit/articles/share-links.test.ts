import { describe, expect, it } from 'vitest'

import { shareLinks } from '@/lib/articles/share-links'

describe('share links', () => {
  const links = shareLinks({ url: 'https://news.example/articles/a?x=1&y=2', title: 'Bridge "reopens" & more' })

  it('fills each network’s share page with the encoded address and headline, and loads nothing of theirs', () => {
    const byNetwork = Object.fromEntries(links.map((link) => [link.network, link.href]))
    expect(byNetwork.email).toBe(
      'mailto:?subject=Bridge%20%22reopens%22%20%26%20more&body=https%3A%2F%2Fnews.example%2Farticles%2Fa%3Fx%3D1%26y%3D2',
    )
    expect(byNetwork.x).toBe(
      'https://x.com/intent/post?url=https%3A%2F%2Fnews.example%2Farticles%2Fa%3Fx%3D1%26y%3D2&text=Bridge%20%22reopens%22%20%26%20more',
    )
    expect(new URL(byNetwork.facebook).searchParams.get('u')).toBe('https://news.example/articles/a?x=1&y=2')
    expect(new URL(byNetwork.bluesky).searchParams.get('text')).toBe('Bridge "reopens" & more https://news.example/articles/a?x=1&y=2')
    for (const link of links) expect(link.href).toMatch(/^(mailto:\?|https:\/\/)/)
  })
})
