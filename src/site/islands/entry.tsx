import { createElement, type ComponentType } from 'react'
import { hydrateRoot } from 'react-dom/client'

import { islands } from './registry'

/**
 * The reader site's only script (built by scripts/build-islands.ts): hydrates each `<Island>` on
 * the page as its own React root. When Next's runtime is on the page (draft preview, `next dev`),
 * it hydrates the whole document itself, and a second root over the same markup would fight it.
 */
function hydrateIslands(): void {
  if ('__next_f' in self) return
  for (const element of document.querySelectorAll<HTMLElement>('[data-island]')) {
    const component = islands[element.dataset.island as keyof typeof islands] as ComponentType<object> | undefined
    if (!component) continue
    const props = JSON.parse(element.dataset.props ?? '{}') as object
    hydrateRoot(element, createElement(component, props))
  }
}

hydrateIslands()
