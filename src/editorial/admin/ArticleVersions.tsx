import type { DocumentViewServerProps, PaginatedDocs, PayloadRequest, TypeWithVersion } from 'payload'
import { Gutter, SetDocumentStepNav } from '@payloadcms/ui'
import { notFound } from 'next/navigation.js'

import { ADMIN_DATE_FORMAT_OPTIONS } from '@/fields/date-format'
import { idOf } from '@/lib/relationships/id-of'
import type { Article } from '@/payload-types'
import { type VersionLandmarks, versionAuthor, versionStanding } from '../domain/versions'

const PER_PAGE = 20
const when = new Intl.DateTimeFormat('en-GB', ADMIN_DATE_FORMAT_OPTIONS)

/** A version row as stored: Payload's type leaves out the autosave flag its drafts write. */
type SavedVersion = TypeWithVersion<Article> & { autosave?: boolean }

/** One page of an article's versions, newest first, with what the list shows of each. */
async function versionsPage(req: PayloadRequest, articleId: string, page: number): Promise<PaginatedDocs<SavedVersion>> {
  return req.payload.findVersions({
    collection: 'articles',
    where: { parent: { equals: articleId } },
    sort: '-updatedAt',
    page,
    limit: PER_PAGE,
    depth: 0,
    select: { updatedAt: true, autosave: true, latest: true, version: { title: true, _status: true, lastEditedBy: true } },
    overrideAccess: false,
    user: req.user,
    req,
  })
}

/** The versions that name the others: the published one on the site (if the story is), and the newest if it is a draft. */
async function landmarks(req: PayloadRequest, articleId: string, hasPublishedDoc: boolean): Promise<VersionLandmarks> {
  const newest = async (status?: 'published') =>
    (
      await req.payload.findVersions({
        collection: 'articles',
        where: { parent: { equals: articleId }, ...(status ? { 'version._status': { equals: status } } : {}) },
        sort: '-updatedAt',
        limit: 1,
        pagination: false,
        depth: 0,
        select: { updatedAt: true, version: { _status: true } },
        overrideAccess: false,
        user: req.user,
        req,
      })
    ).docs[0]
  const [published, latest] = await Promise.all([hasPublishedDoc ? newest('published') : undefined, newest()])
  return {
    livePublishedId: published ? String(published.id) : null,
    latestDraftId: latest && latest.version._status !== 'published' ? String(latest.id) : null,
  }
}

/** Staff names by id, for the "By" column (the article's relationship holds only the id). */
async function staffNames(req: PayloadRequest, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    limit: ids.length,
    pagination: false,
    depth: 0,
    select: { name: true },
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((user) => [String(user.id), user.name]))
}

/**
 * The article's "Versions" tab, in place of Payload's: its list has fixed columns (date, version ID,
 * status) and cannot say who made a version, which a newsroom needs to know when it restores one.
 * Each row: when it was saved (linking to Payload's own version view, to compare and restore), who
 * saved it (the `lastEditedBy` each version keeps), its headline then, and what it is now.
 */
export async function ArticleVersions({ initPageResult, hasPublishedDoc, searchParams }: DocumentViewServerProps) {
  const { req, docID } = initPageResult
  if (!docID) return notFound()
  const articleId = String(docID)
  const page = Math.max(1, Number.parseInt(String(searchParams?.page ?? '1'), 10) || 1)
  const found = await Promise.all([versionsPage(req, articleId, page), landmarks(req, articleId, hasPublishedDoc)]).catch(() => null)
  if (!found) return notFound()
  const [versions, marks] = found
  const names = await staffNames(req, [
    ...new Set(versions.docs.map((version) => idOf(version.version.lastEditedBy)).filter((id): id is string => !!id)),
  ])
  const base = `/admin/collections/articles/${articleId}/versions`

  return (
    <main className="versions article-versions">
      <SetDocumentStepNav collectionSlug="articles" id={articleId} pluralLabel="Articles" useAsTitle="title" view="Versions" />
      <Gutter className="versions__wrap">
        <style>{`.article-versions table{width:100%}.article-versions td,.article-versions th{text-align:left;vertical-align:top}.article-versions th{color:var(--theme-elevation-800)}
.article-versions__pages{display:flex;gap:var(--base);align-items:center;margin-top:var(--base)}
.article-versions__standing--live{color:var(--theme-success-600);font-weight:600}
@media (max-width:768px){.article-versions thead{display:none}.article-versions tr,.article-versions td{display:block}
.article-versions tr{padding:calc(var(--base)/2) 0}.article-versions td{padding:.1rem var(--base)}
.article-versions td::before{content:attr(data-label) ": ";color:var(--theme-elevation-800);font-weight:600}}`}</style>
        {versions.totalDocs === 0 ? (
          <p>No versions yet: the first save makes one.</p>
        ) : (
          <>
            <div className="table">
              <table cellPadding={0} cellSpacing={0}>
                <thead>
                  <tr>
                    <th scope="col">Saved</th>
                    <th scope="col">By</th>
                    <th scope="col">Headline then</th>
                    <th scope="col">Status</th>
                  </tr>
                </thead>
                <tbody>
                  {versions.docs.map((version) => {
                    const id = String(version.id)
                    const standing = versionStanding(
                      { id, updatedAt: version.updatedAt, autosave: !!version.autosave, status: version.version._status ?? 'draft' },
                      marks,
                    )
                    const editor = idOf(version.version.lastEditedBy)
                    return (
                      <tr key={id} data-version-id={id}>
                        <td data-label="Saved">
                          <a href={`${base}/${id}`}>{when.format(new Date(version.updatedAt))}</a>
                        </td>
                        <td data-label="By">{versionAuthor(editor ? names.get(editor) : null)}</td>
                        <td data-label="Headline then">{version.version.title}</td>
                        <td data-label="Status" className={standing === 'On the site now' ? 'article-versions__standing--live' : undefined}>
                          {standing}
                        </td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </div>
            <nav className="article-versions__pages" aria-label="Pages of versions">
              {versions.hasPrevPage ? <a href={`${base}?page=${page - 1}`}>Newer versions</a> : null}
              <span>
                {(page - 1) * PER_PAGE + 1}–{(page - 1) * PER_PAGE + versions.docs.length} of {versions.totalDocs}
              </span>
              {versions.hasNextPage ? <a href={`${base}?page=${page + 1}`}>Older versions</a> : null}
            </nav>
          </>
        )}
      </Gutter>
    </main>
  )
}
