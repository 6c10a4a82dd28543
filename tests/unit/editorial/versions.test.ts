import { describe, expect, it } from 'vitest'

import { versionAuthor, versionStanding, type VersionSummary } from '@/editorial/domain/versions'

const version = (id: string, status: VersionSummary['status'], autosave = false): VersionSummary => ({
  id,
  status,
  autosave,
  updatedAt: '2026-12-07T10:00:00.000Z',
})

describe('versionStanding', () => {
  const landmarks = { livePublishedId: 'p2', latestDraftId: 'd3' }

  it('tells the published version on the site from one published before', () => {
    expect(versionStanding(version('p2', 'published'), landmarks)).toBe('On the site now')
    expect(versionStanding(version('p1', 'published'), landmarks)).toBe('Published before')
  })

  it('names the newest draft, and says whether a draft was autosaved or saved by hand', () => {
    expect(versionStanding(version('d3', 'draft', true), landmarks)).toBe('Latest draft (autosaved)')
    expect(versionStanding(version('d3', 'draft'), landmarks)).toBe('Latest draft (saved)')
    expect(versionStanding(version('d1', 'draft', true), landmarks)).toBe('Draft (autosaved)')
    expect(versionStanding(version('d1', 'draft'), { livePublishedId: null, latestDraftId: null })).toBe('Draft (saved)')
  })
})

describe('versionAuthor', () => {
  it('is the member of staff by name, or the system when no one was signed in', () => {
    expect(versionAuthor('Eddie Editor')).toBe('Eddie Editor')
    expect(versionAuthor(null)).toBe('The system (an import or a job)')
    expect(versionAuthor('  ')).toBe('The system (an import or a job)')
  })
})
