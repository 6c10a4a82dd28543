import { describe, expect, it } from 'vitest'

import { nestReplies, placeReply } from '@/comments/domain'

describe('placeReply', () => {
  it('puts a top-level comment at depth 0', () => {
    expect(placeReply(null, 4)).toEqual({ parentId: null, rootId: null, depth: 0, replyToId: null })
  })

  it('nests under the parent while there is room', () => {
    expect(placeReply({ id: 'a', depth: 0, parentId: null, rootId: null }, 4)).toEqual({
      parentId: 'a',
      rootId: 'a',
      depth: 1,
      replyToId: 'a',
    })
    expect(placeReply({ id: 'c', depth: 2, parentId: 'b', rootId: 'a' }, 4)).toEqual({
      parentId: 'c',
      rootId: 'a',
      depth: 3,
      replyToId: 'c',
    })
  })

  it('hangs a reply to the deepest level beside its parent, remembering whom it answers', () => {
    expect(placeReply({ id: 'd', depth: 4, parentId: 'c', rootId: 'a' }, 4)).toEqual({
      parentId: 'c',
      rootId: 'a',
      depth: 4,
      replyToId: 'd',
    })
  })

  it('keeps a thread flat at depth 0 and clamps odd limits', () => {
    expect(placeReply({ id: 'a', depth: 0, parentId: null, rootId: null }, 0)).toEqual({
      parentId: null,
      rootId: null,
      depth: 0,
      replyToId: 'a',
    })
    expect(placeReply({ id: 'a', depth: 0, parentId: null, rootId: null }, -3).depth).toBe(0)
    expect(placeReply({ id: 'a', depth: 0, parentId: null, rootId: null }, 1.9)).toMatchObject({ depth: 1, parentId: 'a' })
  })
})

describe('nestReplies', () => {
  it('nests replies under their parents in the given order and drops orphans', () => {
    const roots: { id: string; parentId: string | null }[] = [
      { id: 'a', parentId: null },
      { id: 'b', parentId: null },
    ]
    const replies = [
      { id: 'a1', parentId: 'a' },
      { id: 'x1', parentId: 'gone' },
      { id: 'a1a', parentId: 'a1' },
      { id: 'a2', parentId: 'a' },
    ]
    const tree = nestReplies(roots, replies)
    expect(tree.map((node) => [node.id, node.replies.map((reply) => reply.id)])).toEqual([
      ['a', ['a1', 'a2']],
      ['b', []],
    ])
    expect((tree[0].replies[0] as { replies: { id: string }[] }).replies.map((reply) => reply.id)).toEqual(['a1a'])
  })
})
