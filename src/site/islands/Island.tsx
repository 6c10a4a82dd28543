import type { ComponentType } from 'react'

import type { IslandName } from './registry'

/**
 * A client component on a reader page that hydrates on its own (src/site/islands/entry.tsx), so
 * the page needs no framework runtime: the server renders the component inside this element and
 * writes its props beside it; the islands bundle finds `data-island`, looks the name up in its
 * registry and hydrates only this element. `display: contents` (the `.island` class) keeps the
 * element out of the layout. `as="span"` where a block element is not allowed.
 */
export function Island<Props extends object>({
  name,
  component: Component,
  props,
  as: Tag = 'div',
}: {
  name: IslandName
  component: ComponentType<Props>
  props: Props
  as?: 'div' | 'span'
}) {
  return (
    <Tag className="island" data-island={name} data-props={JSON.stringify(props)}>
      <Component {...props} />
    </Tag>
  )
}
