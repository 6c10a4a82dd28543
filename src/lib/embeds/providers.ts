/**
 * Embeds in article bodies: which providers' players the reader site offers, and the player
 * address for a link to a post, a video or a track. Pure: the site renders a "click to load"
 * placeholder from this, and the HTTP edge allows exactly these player origins as frames (CSP).
 * Players are asked for their privacy modes where they have one (YouTube's no-cookie host,
 * Vimeo's do-not-track), and nothing loads from them until the reader asks.
 */
export type EmbedKind = 'video' | 'audio' | 'post'

export type EmbedPlayer = {
  provider: string
  kind: EmbedKind
  /** The player's address, for the iframe made when the reader clicks. */
  src: string
  /** Width / height of the player box; posts and audio set a height instead. */
  aspectRatio: string | null
  height: number | null
}

type Provider = {
  name: string
  kind: EmbedKind
  /** The origin the player is framed from. */
  playerOrigin: string
  aspectRatio?: string
  height?: number
  /** The player's address for a link on this provider, or null when the link is not one of its media. */
  player: (url: URL) => string | null
}

const host = (url: URL) => url.hostname.replace(/^(www|m|mobile)\./, '')
const ID = /^[A-Za-z0-9_-]{6,64}$/
const id = (value: string | null | undefined) => (value && ID.test(value) ? value : null)
const segments = (url: URL) => url.pathname.split('/').filter(Boolean)

function youtubeId(url: URL): string | null {
  if (host(url) === 'youtu.be') return id(segments(url)[0])
  if (host(url) !== 'youtube.com' && host(url) !== 'music.youtube.com') return null
  const [first, second] = segments(url)
  if (first === 'watch') return id(url.searchParams.get('v'))
  if (first === 'shorts' || first === 'embed' || first === 'live') return id(second)
  return null
}

const PROVIDERS: readonly Provider[] = [
  {
    name: 'YouTube',
    kind: 'video',
    playerOrigin: 'https://www.youtube-nocookie.com',
    aspectRatio: '16 / 9',
    player: (url) => {
      const video = youtubeId(url)
      return video ? `https://www.youtube-nocookie.com/embed/${video}?autoplay=1` : null
    },
  },
  {
    name: 'Vimeo',
    kind: 'video',
    playerOrigin: 'https://player.vimeo.com',
    aspectRatio: '16 / 9',
    player: (url) => {
      if (host(url) !== 'vimeo.com') return null
      const video = segments(url).find((segment) => /^\d{3,12}$/.test(segment))
      return video ? `https://player.vimeo.com/video/${video}?dnt=1&autoplay=1` : null
    },
  },
  {
    name: 'SoundCloud',
    kind: 'audio',
    playerOrigin: 'https://w.soundcloud.com',
    height: 166,
    player: (url) =>
      host(url) === 'soundcloud.com' && segments(url).length >= 2
        ? `https://w.soundcloud.com/player/?url=${encodeURIComponent(`https://soundcloud.com${url.pathname}`)}&auto_play=true`
        : null,
  },
  {
    name: 'Spotify',
    kind: 'audio',
    playerOrigin: 'https://open.spotify.com',
    height: 232,
    player: (url) => {
      if (host(url) !== 'open.spotify.com') return null
      const parts = segments(url).filter((segment) => !/^intl-/.test(segment))
      const [type, item] = parts
      return ['track', 'album', 'playlist', 'episode', 'show'].includes(type) && id(item)
        ? `https://open.spotify.com/embed/${type}/${item}`
        : null
    },
  },
  {
    name: 'X',
    kind: 'post',
    playerOrigin: 'https://platform.twitter.com',
    height: 560,
    player: (url) => {
      if (host(url) !== 'twitter.com' && host(url) !== 'x.com') return null
      const [, status, post] = segments(url)
      return status === 'status' && /^\d{5,25}$/.test(post ?? '')
        ? `https://platform.twitter.com/embed/Tweet.html?id=${post}&dnt=true`
        : null
    },
  },
  {
    name: 'Instagram',
    kind: 'post',
    playerOrigin: 'https://www.instagram.com',
    height: 620,
    player: (url) => {
      if (host(url) !== 'instagram.com') return null
      const [type, post] = segments(url)
      return ['p', 'reel', 'tv'].includes(type) && id(post) ? `https://www.instagram.com/${type}/${post}/embed/` : null
    },
  },
  {
    name: 'TikTok',
    kind: 'video',
    playerOrigin: 'https://www.tiktok.com',
    height: 740,
    player: (url) => {
      if (host(url) !== 'tiktok.com') return null
      const parts = segments(url)
      const video = parts[parts.indexOf('video') + 1]
      return parts.includes('video') && /^\d{5,25}$/.test(video ?? '') ? `https://www.tiktok.com/embed/v2/${video}` : null
    },
  },
]

/** The providers by name, for the editor's hint. */
export const EMBED_PROVIDER_NAMES: readonly string[] = PROVIDERS.map((provider) => provider.name)

/** The origins the reader site may frame: the players above, and nothing else. */
export const EMBED_PLAYER_ORIGINS: readonly string[] = PROVIDERS.map((provider) => provider.playerOrigin)

/** The player for a link, or null: such a link is shown as a link card. */
export function embedPlayer(link: string): EmbedPlayer | null {
  let url: URL
  try {
    url = new URL(link)
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  for (const provider of PROVIDERS) {
    const src = provider.player(url)
    if (src)
      return {
        provider: provider.name,
        kind: provider.kind,
        src,
        aspectRatio: provider.aspectRatio ?? null,
        height: provider.height ?? null,
      }
  }
  return null
}

/** "video", "audio" or "post" in words for the placeholder: "Load the YouTube video". */
export const KIND_WORDS: Record<EmbedKind, string> = { video: 'video', audio: 'audio player', post: 'post' }
