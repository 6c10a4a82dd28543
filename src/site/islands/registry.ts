import type { ComponentType } from 'react'

import { Comments } from '@/comments/islands/Comments'
import { InlineFeedback } from '@/comments/islands/InlineFeedback'
import { doHeld, nearComments } from '@/comments/islands/near-comments'
import { ViewBeacon } from '@/readership/islands/ViewBeacon'
import { EmbedPlayer } from './EmbedPlayer'
import { RelativeTime } from './RelativeTime'

type IslandSpec = {
  component: ComponentType<never>
  /** Hydrate once this resolves (otherwise at once). */
  hydrateWhen?: () => Promise<void>
  /** Right after hydrating. */
  afterHydrate?: () => void
}

/** Every island a reader page may hold, by the name its `<Island>` writes (the bundle's only entry). */
export const islands = {
  // The comments block wakes when the reader nears it, then does what they pressed before that.
  // Under Next's runtime (draft preview) CommentsWhenNear does the same with a Suspense boundary;
  // the bundle holds the hydration itself.
  CommentsWhenNear: { component: Comments, hydrateWhen: nearComments, afterHydrate: doHeld },
  InlineFeedback: { component: InlineFeedback },
  ViewBeacon: { component: ViewBeacon },
  EmbedPlayer: { component: EmbedPlayer },
  RelativeTime: { component: RelativeTime },
} satisfies Record<string, IslandSpec>

export type IslandName = keyof typeof islands
