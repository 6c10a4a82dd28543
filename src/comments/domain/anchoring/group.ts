import type { Resolution } from './types'

export type PassageGroup = {
  key: string
  blockIndex: number | null
  start: number | null
  end: number | null
  ids: string[]
  count: number
  status: Resolution['status']
}

type Placed = { id: string; order: number; blockIndex: number; start: number; end: number; status: Resolution['status'] }

// A group is only as certain as its least certain member: one fuzzy match makes the passage "edited".
const UNCERTAINTY: Record<Resolution['status'], number> = { exact: 0, moved: 1, fuzzy: 2, orphaned: 3 }

function close(members: Placed[]): PassageGroup {
  const first = members[0]!
  const end = members.reduce((max, m) => Math.max(max, m.end), first.end)
  const status = members.reduce((worst, m) => (UNCERTAINTY[m.status] > UNCERTAINTY[worst] ? m.status : worst), first.status)
  // Ids in the order given (the caller's order, e.g. oldest feedback first), not by position.
  const ids = [...members].sort((a, b) => a.order - b.order).map((m) => m.id)
  const key = `${first.blockIndex}:${first.start}-${end}`
  return { key, blockIndex: first.blockIndex, start: first.start, end, ids, count: ids.length, status }
}

/**
 * Feedback on the same passage, for marking passages with counts: same block and overlapping ranges
 * (chains included: A overlaps B overlaps C is one passage) make one group spanning all of them.
 * Ranges that only touch are separate passages. Groups come in article order, then one 'orphaned'
 * group for feedback whose passage is gone, if any.
 */
export function groupByPassage(items: { id: string; resolution: Resolution }[]): PassageGroup[] {
  const placed: Placed[] = []
  const orphaned: string[] = []
  items.forEach(({ id, resolution: r }, order) => {
    if (r.status === 'orphaned') orphaned.push(id)
    else placed.push({ id, order, blockIndex: r.blockIndex, start: r.start, end: r.end, status: r.status })
  })
  placed.sort((a, b) => a.blockIndex - b.blockIndex || a.start - b.start || a.end - b.end || a.order - b.order)

  const groups: PassageGroup[] = []
  let members: Placed[] = []
  let reach = 0
  for (const p of placed) {
    const joins = members.length > 0 && p.blockIndex === members[0]!.blockIndex && p.start < reach
    if (!joins && members.length > 0) {
      groups.push(close(members))
      members = []
    }
    reach = members.length === 0 ? p.end : Math.max(reach, p.end)
    members.push(p)
  }
  if (members.length > 0) groups.push(close(members))
  if (orphaned.length > 0) {
    groups.push({ key: 'orphaned', blockIndex: null, start: null, end: null, ids: orphaned, count: orphaned.length, status: 'orphaned' })
  }
  return groups
}
