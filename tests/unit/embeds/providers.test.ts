import { describe, expect, it } from 'vitest'

import { EMBED_PLAYER_ORIGINS, embedPlayer } from '@/lib/embeds/providers'

describe('embed players', () => {
  it('turns the usual links of each provider into its player, in its privacy mode where it has one', () => {
    const cases: [string, string, string][] = [
      ['https://www.youtube.com/watch?v=aqz-KE-bpKQ&t=30', 'YouTube', 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1'],
      ['https://youtu.be/aqz-KE-bpKQ', 'YouTube', 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1'],
      ['https://m.youtube.com/shorts/aqz-KE-bpKQ', 'YouTube', 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1'],
      ['https://vimeo.com/76979871', 'Vimeo', 'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1'],
      ['https://vimeo.com/channels/staffpicks/76979871', 'Vimeo', 'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1'],
      [
        'https://soundcloud.com/halden-radio/harbour-hour-12',
        'SoundCloud',
        'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fhalden-radio%2Fharbour-hour-12&auto_play=true',
      ],
      [
        'https://open.spotify.com/intl-de/episode/4rOoJ6Egrf8K2IrywzwOMk',
        'Spotify',
        'https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk',
      ],
      [
        'https://x.com/haldenledger/status/1790000000000000000',
        'X',
        'https://platform.twitter.com/embed/Tweet.html?id=1790000000000000000&dnt=true',
      ],
      [
        'https://twitter.com/haldenledger/status/1790000000000000000',
        'X',
        'https://platform.twitter.com/embed/Tweet.html?id=1790000000000000000&dnt=true',
      ],
      ['https://www.instagram.com/p/C8abcdEFGhi/', 'Instagram', 'https://www.instagram.com/p/C8abcdEFGhi/embed/'],
      ['https://www.tiktok.com/@halden/video/7300000000000000000', 'TikTok', 'https://www.tiktok.com/embed/v2/7300000000000000000'],
    ]
    for (const [link, provider, src] of cases) expect(embedPlayer(link), link).toMatchObject({ provider, src })
    expect(embedPlayer('https://youtu.be/aqz-KE-bpKQ')).toMatchObject({ kind: 'video', aspectRatio: '16 / 9', height: null })
    expect(embedPlayer('https://open.spotify.com/track/4rOoJ6Egrf8K2IrywzwOMk')).toMatchObject({ kind: 'audio', height: 232 })
  })

  it('leaves anything else to the link card: other sites, other pages of these sites, odd ids, other schemes', () => {
    for (const link of [
      'https://www.haldenledger.example/story',
      'https://www.youtube.com/@haldenledger',
      'https://www.youtube.com/watch?v=<script>',
      'https://youtube.com.evil.example/watch?v=aqz-KE-bpKQ',
      'https://x.com/haldenledger',
      'https://open.spotify.com/artist/4rOoJ6Egrf8K2IrywzwOMk',
      'javascript:alert(1)//youtu.be/aqz-KE-bpKQ',
      'not a url',
    ])
      expect(embedPlayer(link), link).toBeNull()
  })

  it('names every player origin for the page policy, each an https origin', () => {
    expect(EMBED_PLAYER_ORIGINS).toContain('https://www.youtube-nocookie.com')
    for (const origin of EMBED_PLAYER_ORIGINS) expect(new URL(origin).origin).toBe(origin)
  })
})
