'use client'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'

const ACTIONS = [
  { action: 'approve', label: 'Approve' },
  { action: 'reject', label: 'Reject' },
  { action: 'spam', label: 'Mark spam' },
  { action: 'feature', label: 'Feature' },
  { action: 'unfeature', label: 'Unfeature' },
  { action: 'ban-author', label: 'Ban the commenter' },
] as const

/**
 * One-click moderation in a comment's sidebar, through the same endpoint outside tools use
 * (`POST /api/comments/moderate`), so the counts, webhooks and bans follow the same path.
 * The page reloads after an action so the form shows the new state.
 */
export function CommentModerationActions() {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  if (!id) return null
  const act = async (action: string) => {
    if (action === 'ban-author' && !window.confirm('Ban this commenter from commenting and reject this comment?')) return
    setBusy(true)
    setProblem(null)
    try {
      const response = await fetch('/api/comments/moderate', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ids: [id], action }),
      })
      const body = (await response.json()) as { results?: { ok: boolean; message?: string }[]; errors?: { message: string }[] }
      const failure = body.errors?.[0]?.message ?? body.results?.find((result) => !result.ok)?.message
      if (!response.ok || failure) throw new Error(failure ?? `HTTP ${response.status}`)
      window.location.reload()
    } catch (error) {
      setProblem((error as Error).message)
      setBusy(false)
    }
  }

  return (
    <div className="field-type comment-moderation-actions" style={{ marginBottom: 'var(--base)' }}>
      <label className="field-label">Moderate (now {status ?? 'unknown'})</label>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '6px' }}>
        {ACTIONS.map(({ action, label }) => (
          <button
            key={action}
            type="button"
            className="btn btn--style-secondary btn--size-small"
            disabled={busy}
            onClick={() => void act(action)}
          >
            {label}
          </button>
        ))}
      </div>
      {problem ? <p role="alert">Not done: {problem}</p> : null}
    </div>
  )
}
