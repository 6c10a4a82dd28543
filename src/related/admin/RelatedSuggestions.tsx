'use client'
import { useDocumentInfo, useField } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type Suggestion = { id: string; title: string; score: number; reasons: string[] }

/**
 * Under the curated "Related stories" field: what the related-stories scorer would suggest for
 * this article as it stands, why, and a button to pin one into the curated list.
 */
export function RelatedSuggestions() {
  const { id } = useDocumentInfo()
  const { value, setValue } = useField<string[]>({ path: 'relatedStories' })
  const [items, setItems] = useState<Suggestion[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    if (!id) return
    const controller = new AbortController()
    fetch(`/api/articles/${id}/suggestions`, { credentials: 'include', signal: controller.signal })
      .then(async (response) => {
        const body = (await response.json()) as { items?: Suggestion[]; errors?: { message: string }[] }
        if (!response.ok) throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`)
        setItems(body.items ?? [])
      })
      .catch((error: Error) => {
        if (error.name !== 'AbortError') setProblem(error.message)
      })
    return () => controller.abort()
  }, [id])

  const pinned = new Set(
    (value ?? []).map((entry) =>
      typeof entry === 'object' && entry ? String((entry as { id?: unknown }).id ?? (entry as { value?: unknown }).value) : String(entry),
    ),
  )

  return (
    <div className="field-type related-suggestions" style={{ marginBottom: 'var(--base)' }}>
      <label className="field-label">Suggested related stories</label>
      {!id ? <p>Save the article once to see suggestions.</p> : null}
      {problem ? <p role="alert">Suggestions are unavailable: {problem}</p> : null}
      {id && !problem && items === null ? <p>Looking for related stories…</p> : null}
      {items && items.length === 0 ? <p>Nothing related scores high enough yet: the section’s latest stories will be shown.</p> : null}
      {items && items.length > 0 ? (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((item) => (
            <li key={item.id} style={{ padding: '6px 0', borderBottom: '1px solid var(--theme-elevation-100)' }}>
              <strong>{item.title}</strong>
              <div style={{ fontSize: '12px', color: 'var(--theme-elevation-600)' }}>
                {item.reasons.join(' · ')} — score {item.score.toFixed(2)}
              </div>
              <button
                type="button"
                className="btn btn--style-secondary btn--size-small"
                disabled={pinned.has(item.id)}
                onClick={() => setValue([...(value ?? []), item.id])}
              >
                {pinned.has(item.id) ? 'Pinned' : 'Pin to related stories'}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
