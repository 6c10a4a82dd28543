import type { NavLink } from '../navigation'

/** The sections as a plain list of links: the header bar, the phone menu and the footer. */
export function SectionList({ links }: { links: NavLink[] }) {
  return (
    <ul>
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href}>{link.label}</a>
        </li>
      ))}
    </ul>
  )
}
