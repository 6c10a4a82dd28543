'use client'
import { RelationshipField, useField } from '@payloadcms/ui'
import type { RelationshipFieldClientComponent } from 'payload'
import { useId, useState } from 'react'

type TagDoc = { id: string; name: string }
type Problem = { errors?: { message: string }[] }

/** The tag of this name (in any case) if there is one, else a new one: a tag is never made twice. */
async function tagNamed(name: string): Promise<TagDoc> {
  const search = new URLSearchParams({ 'where[name][like]': name, limit: '20', depth: '0' })
  const found = (await (await fetch(`/api/tags?${search}`, { credentials: 'include' })).json()) as { docs?: TagDoc[] }
  const same = found.docs?.find((tag) => tag.name.trim().toLowerCase() === name.toLowerCase())
  if (same) return same
  const response = await fetch('/api/tags', {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name }),
  })
  const body = (await response.json()) as { doc?: TagDoc } & Problem
  if (!response.ok || !body.doc) throw new Error(body.errors?.[0]?.message ?? `The tag could not be made (HTTP ${response.status}).`)
  return body.doc
}

/**
 * The article's tags: Payload's own picker, and below it a box to type a tag that does not exist
 * yet. Enter makes it (or finds it, whatever its case) and adds it to the story, so a writer never
 * leaves the article for the Tags collection while filing.
 */
export const TagsField: RelationshipFieldClientComponent = (props) => {
  const { value, setValue } = useField<(string | { id: string })[] | null>({ path: props.path })
  const [name, setName] = useState('')
  const [busy, setBusy] = useState(false)
  const [said, setSaid] = useState<{ text: string; problem: boolean } | null>(null)
  const inputId = useId()

  const add = async () => {
    const wanted = name.trim().replace(/\s+/g, ' ')
    if (!wanted || busy) return
    setBusy(true)
    try {
      const tag = await tagNamed(wanted)
      const ids = (value ?? []).map((entry) => (typeof entry === 'object' ? entry.id : entry))
      if (!ids.includes(tag.id)) setValue([...ids, tag.id])
      setName('')
      setSaid({ text: `Tagged “${tag.name}”.`, problem: false })
    } catch (error) {
      setSaid({ text: (error as Error).message, problem: true })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="tags-field">
      <RelationshipField {...props} />
      <div className="tags-field__new" style={{ display: 'flex', gap: '.5rem', alignItems: 'center' }}>
        <label htmlFor={inputId} style={{ whiteSpace: 'nowrap' }}>
          New tag
        </label>
        <input
          id={inputId}
          value={name}
          maxLength={80}
          disabled={props.readOnly || busy}
          placeholder="Type it and press Enter"
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return
            event.preventDefault() // not the form's submit
            void add()
          }}
          style={{
            flex: 1,
            minWidth: 0,
            padding: '.45rem .6rem',
            font: 'inherit',
            color: 'var(--theme-elevation-800)',
            background: 'var(--theme-input-bg)',
            border: '1px solid var(--theme-elevation-150)',
            borderRadius: 'var(--style-radius-s)',
          }}
        />
      </div>
      <p
        role={said?.problem ? 'alert' : 'status'}
        aria-live="polite"
        style={{ margin: '.25rem 0 var(--base)', color: said?.problem ? 'var(--theme-error-500)' : 'var(--theme-elevation-600)' }}
      >
        {said?.text}
      </p>
    </div>
  )
}
