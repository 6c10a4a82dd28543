'use client'
import { useField } from '@payloadcms/ui'

/**
 * A suggestion's reasons ("same section", "shares the tag Ferries") as the words they are. Payload's
 * JSON field would load its code editor from a public CDN: nothing here is edited by hand, and an
 * admin behind a firewall (or a strict script policy) met a console error and an empty box.
 */
export function ReasonsField({ path }: { path: string }) {
  const { value } = useField<unknown>({ path })
  const reasons = Array.isArray(value) ? value.map(String) : value === null || value === undefined ? [] : [JSON.stringify(value)]
  return (
    <div className="field-type">
      <span className="field-label">Reasons</span>
      <p style={{ margin: 0 }}>{reasons.length ? reasons.join(' · ') : 'None given'}</p>
    </div>
  )
}
