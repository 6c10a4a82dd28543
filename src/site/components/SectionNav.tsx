import type { NavLink } from '../navigation'
import { SectionList } from './SectionList'

/**
 * The sections: a bar under the masthead on wider screens; on a phone a "Sections" menu that opens
 * without JavaScript (<details>). The same links twice, one copy shown at a time by CSS.
 */
export function SectionNav({ links }: { links: NavLink[] }) {
  if (links.length === 0) return null
  const list = <SectionList links={links} />
  return (
    <nav className="section-nav" aria-label="Sections">
      <div className="section-bar">{list}</div>
      <details className="section-menu">
        <summary>Sections</summary>
        {list}
      </details>
    </nav>
  )
}
