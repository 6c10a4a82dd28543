import type { ComponentType } from 'react'

import { CommentsWhenNear } from '@/comments/islands/CommentsWhenNear'
import { InlineFeedback } from '@/comments/islands/InlineFeedback'
import { ViewBeacon } from '@/readership/islands/ViewBeacon'
import { EmbedPlayer } from './EmbedPlayer'
import { RelativeTime } from './RelativeTime'

/** Every island a reader page may hold, by the name its `<Island>` writes (the bundle's only entry). */
export const islands = {
  CommentsWhenNear,
  InlineFeedback,
  ViewBeacon,
  EmbedPlayer,
  RelativeTime,
} satisfies Record<string, ComponentType<never>>

export type IslandName = keyof typeof islands
