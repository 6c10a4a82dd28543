'use client'
import { useEffect, useRef, useState } from 'react'

import { KIND_WORDS, type EmbedPlayer as Player } from '@/lib/embeds/providers'

type Props = { player: Player; url: string; title?: string | null; caption?: string | null }

/**
 * An embedded video, track or post that loads nothing from its provider until the reader asks:
 * a placeholder names the provider and says what loading it shares; "Load the YouTube video" puts
 * the player in its place and moves the focus into it. Without JavaScript the link still works.
 */
export function EmbedPlayer({ player, url, title, caption }: Props) {
  const [loaded, setLoaded] = useState(false)
  const frame = useRef<HTMLIFrameElement>(null)
  useEffect(() => {
    if (loaded) frame.current?.focus()
  }, [loaded])
  const what = `${player.provider} ${KIND_WORDS[player.kind]}`
  const name = title?.trim() || `A ${what}`
  // The player's own shape, kept while it is a placeholder, so loading it moves nothing on the page.
  const box = player.aspectRatio ? { aspectRatio: player.aspectRatio } : { minHeight: `${player.height}px` }
  return (
    <figure className={`embed embed--${player.kind}`} data-provider={player.provider}>
      <div className="embed__box" style={box}>
        {loaded ? (
          <iframe
            ref={frame}
            src={player.src}
            title={name}
            allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
            allowFullScreen
            referrerPolicy="strict-origin-when-cross-origin"
            sandbox="allow-scripts allow-same-origin allow-popups allow-presentation"
          />
        ) : (
          <div className="embed__placeholder">
            <p className="embed__name">{name}</p>
            <button type="button" className="embed__load" onClick={() => setLoaded(true)}>
              Load the {what}
            </button>
            <p className="embed__privacy">
              Loading it connects to {player.provider}, which may set cookies.{' '}
              <a href={url} rel="noopener nofollow">
                Open it on {player.provider}
              </a>
            </p>
          </div>
        )}
      </div>
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  )
}
