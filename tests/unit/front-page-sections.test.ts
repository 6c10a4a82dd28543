import { describe, expect, it } from 'vitest'

import { splitBySection } from '@/lib/articles/front-page'

type Story = { id: string; section: string | null }
const story = (id: string, section: string | null): Story => ({ id, section })
const sectionOf = (item: Story) => item.section

describe('the front page’s section blocks from one read', () => {
  it('takes each section’s newest, up to the limit, in the order read', () => {
    const read = [story('1', 'a'), story('2', 'b'), story('3', 'a'), story('4', 'a'), story('5', 'b')]
    const { bySection, unread } = splitBySection(read, sectionOf, ['a', 'b'], { limit: 2, window: 4 })
    expect(bySection.get('a')?.map((item) => item.id)).toEqual(['1', '3'])
    expect(bySection.get('b')?.map((item) => item.id)).toEqual(['2', '5'])
    expect(unread).toEqual([])
  })

  it('names a section left short by a full read, to be read on its own', () => {
    // The read came back full (window 4): a quiet section's older stories may lie beyond it.
    const read = [story('1', 'a'), story('2', 'a'), story('3', 'a'), story('4', 'quiet')]
    const { bySection, unread } = splitBySection(read, sectionOf, ['a', 'quiet', 'empty'], { limit: 2, window: 4 })
    expect(bySection.get('a')?.map((item) => item.id)).toEqual(['1', '2'])
    expect(unread).toEqual(['quiet', 'empty'])
  })

  it('trusts a short section when the read held every story', () => {
    const read = [story('1', 'a'), story('2', null), story('3', 'other')]
    const { bySection, unread } = splitBySection(read, sectionOf, ['a', 'quiet'], { limit: 2, window: 10 })
    expect(bySection.get('a')?.map((item) => item.id)).toEqual(['1'])
    expect(bySection.get('quiet')).toEqual([])
    expect(unread).toEqual([])
  })
})
