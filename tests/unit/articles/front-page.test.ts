import { describe, expect, it } from 'vitest'

import { arrangeFrontPage } from '@/lib/articles/front-page'
import { kickerToShow } from '@/lib/articles/kicker'

const stories = (...ids: string[]) => ids.map((id) => ({ id }))
const ids = (list: { id: string }[]) => list.map((story) => story.id)

describe('the front page', () => {
  it('shows each story once, where it first appears from the top', () => {
    const front = arrangeFrontPage({
      breaking: stories('b1', 'a1'),
      featured: stories('f1', 'a1', 'f2'),
      latest: stories('b1', 'f1', 'a1', 'a2', 'a3', 'a4', 'a5'),
      sections: [
        { key: 'news', stories: stories('a2', 'n1', 'b1', 'n2') },
        { key: 'sport', stories: stories('f2', 'a3') },
      ],
    })
    // The breaking strip is a line of headlines over the page: its stories still get their card below.
    expect(ids(front.breaking)).toEqual(['b1', 'a1'])
    expect(front.lead?.id).toBe('f1')
    // The featured stories first, topped up from the latest.
    expect(ids(front.top)).toEqual(['a1', 'f2', 'b1', 'a2'])
    expect(ids(front.latest)).toEqual(['a3', 'a4', 'a5'])
    // A section whose stories were all shown above is left out.
    expect(front.sections).toEqual([{ key: 'news', stories: stories('n1', 'n2') }])
    const all = [front.lead!.id, ...ids(front.top), ...ids(front.latest), ...front.sections.flatMap((s) => ids(s.stories))]
    expect(new Set(all).size).toBe(all.length)
  })

  it('leads with the latest when nothing is featured, and copes with an empty site', () => {
    expect(arrangeFrontPage({ breaking: [], featured: [], latest: stories('x', 'y'), sections: [] }).lead?.id).toBe('x')
    expect(arrangeFrontPage({ breaking: [], featured: [], latest: [], sections: [] })).toEqual({
      breaking: [],
      lead: null,
      top: [],
      latest: [],
      sections: [],
    })
  })
})

describe('the kicker above a headline', () => {
  it('is left out when it only repeats the Breaking badge', () => {
    expect(kickerToShow('Breaking', true)).toBeNull()
    expect(kickerToShow(' breaking news ', true)).toBeNull()
    expect(kickerToShow('Breaking', false)).toBe('Breaking')
    expect(kickerToShow('Analysis', true)).toBe('Analysis')
    expect(kickerToShow('  ', false)).toBeNull()
  })
})
