import { createElement, type ComponentType } from 'react'
import { hydrateRoot } from 'react-dom/client'

import { islands, type IslandName } from './registry'

/**
 * The reader site's only script (built by scripts/build-islands.ts): hydrates each `<Island>` on
 * the page as its own root, at once or when its registry entry says. When Next's runtime is on the
 * page (draft preview, `next dev`), it hydrates the whole document itself, and a second root over
 * the same markup would fight it.
 */
function hydrateIslands(): void {
  if ('__next_f' in self) return
  for (const element of document.querySelectorAll<HTMLElement>('[data-island]')) {
    const island = islands[element.dataset.island as IslandName] as (typeof islands)[IslandName] | undefined
    if (!island) continue
    const props = JSON.parse(element.dataset.props ?? '{}') as object
    const hydrate = () => {
      // preact/compat in this bundle (scripts/lib/islands-build.ts) hydrates synchronously: the
      // island's handlers are in place for afterHydrate.
      hydrateRoot(element, createElement(island.component as ComponentType<object>, props))
      if ('afterHydrate' in island) island.afterHydrate()
    }
    if ('hydrateWhen' in island) void island.hydrateWhen().then(hydrate)
    else hydrate()
  }
}

// The page's script tag is a deferred module (parsed document first); should one ever run early, wait.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', hydrateIslands, { once: true })
else hydrateIslands()
