/**
 * Who may do what: the one declared table the access-matrix tests compare every API with
 * (Local API with overrideAccess: false, REST, GraphQL). A change of policy starts here.
 *
 * read:    'all'        sees every document (drafts too)
 *          'published'  sees published documents only (drafts are invisible, even by ID or where)
 *          'own'        sees published ones and their own drafts (articles) / only themselves (users, readers)
 *          'none'       refused
 * create, update, delete: true = allowed on a document someone else made, false = refused.
 * Ownership rules (an author's own draft, a staff member's own login) are checked separately.
 */
export const ROLES = ['anonymous', 'admin', 'editor', 'author', 'moderator', 'reader'] as const
export type Role = (typeof ROLES)[number]

export const COLLECTIONS = ['articles', 'authors', 'sections', 'tags', 'media', 'users', 'readers', 'redirects'] as const
export type MatrixCollection = (typeof COLLECTIONS)[number]

export type ReadRule = 'all' | 'published' | 'own' | 'none'
export type Rule = { read: ReadRule; create: boolean; update: boolean; delete: boolean }

const publicTaxonomy = (writers: Role[], creators: Role[] = writers): Record<Role, Rule> =>
  Object.fromEntries(
    ROLES.map((role) => [
      role,
      { read: 'all', create: creators.includes(role), update: writers.includes(role), delete: writers.includes(role) },
    ]),
  ) as Record<Role, Rule>

export const ACCESS: Record<MatrixCollection, Record<Role, Rule>> = {
  articles: {
    anonymous: { read: 'published', create: false, update: false, delete: false },
    admin: { read: 'all', create: true, update: true, delete: true },
    editor: { read: 'all', create: true, update: true, delete: true },
    author: { read: 'own', create: true, update: false, delete: false },
    moderator: { read: 'published', create: false, update: false, delete: false },
    reader: { read: 'published', create: false, update: false, delete: false },
  },
  authors: publicTaxonomy(['admin', 'editor']),
  sections: publicTaxonomy(['admin', 'editor']),
  tags: publicTaxonomy(['admin', 'editor'], ['admin', 'editor', 'author']),
  media: {
    ...publicTaxonomy(['admin', 'editor'], ['admin', 'editor', 'author']),
    author: { read: 'all', create: true, update: true, delete: false },
  },
  users: {
    anonymous: { read: 'none', create: false, update: false, delete: false },
    admin: { read: 'all', create: true, update: true, delete: true },
    editor: { read: 'all', create: false, update: false, delete: false },
    author: { read: 'own', create: false, update: false, delete: false },
    moderator: { read: 'own', create: false, update: false, delete: false },
    reader: { read: 'none', create: false, update: false, delete: false },
  },
  // Anyone may sign up; moderators look after readers; a reader sees and changes only themselves.
  readers: {
    anonymous: { read: 'none', create: true, update: false, delete: false },
    admin: { read: 'all', create: true, update: true, delete: true },
    editor: { read: 'all', create: true, update: true, delete: false },
    author: { read: 'none', create: true, update: false, delete: false },
    moderator: { read: 'all', create: true, update: true, delete: false },
    reader: { read: 'own', create: true, update: false, delete: false },
  },
  redirects: publicTaxonomy(['admin', 'editor']),
}

export const SITE_SETTINGS: Record<Role, { read: boolean; update: boolean }> = {
  anonymous: { read: true, update: false },
  admin: { read: true, update: true },
  editor: { read: true, update: true },
  author: { read: true, update: false },
  moderator: { read: true, update: false },
  reader: { read: true, update: false },
}

let sequence = 0
/** Data for a new document of each collection (media also needs a file, supplied by the driver). */
export function newDocument(collection: MatrixCollection): Record<string, unknown> {
  sequence += 1
  const tag = `${Date.now().toString(36)}-${sequence}-${Math.random().toString(36).slice(2, 6)}`
  switch (collection) {
    case 'articles':
      return { title: `Matrix probe ${tag}`, slug: `matrix-probe-${tag}` }
    case 'authors':
    case 'sections':
    case 'tags':
      return { name: `Matrix ${tag}`, slug: `matrix-${tag}` }
    case 'media':
      return { alt: `Matrix image ${tag}` }
    case 'users':
      return { email: `matrix-${tag}@newsroom.test`, name: `Matrix ${tag}`, password: 'matrix-password-1' }
    case 'readers':
      return { email: `matrix-reader-${tag}@example.test`, displayName: `Reader ${tag}`, password: 'matrix-password-1' }
    case 'redirects':
      return { from: `/matrix/${tag}`, type: '301', to: { type: 'custom', url: `https://example.com/${tag}` } }
  }
}

/**
 * Field-level cells for the logins: who may change a reader's credentials (role × field × update).
 * Only the owner or an admin; moderators and editors, who look after readers, are refused whole
 * (403, nothing written). Authors and readers cannot update another reader at all (above).
 */
export const READER_CREDENTIALS: Record<'email' | 'password' | '_verified', Partial<Record<Role, boolean>>> = {
  email: { admin: true, editor: false, moderator: false },
  password: { admin: true, editor: false, moderator: false },
  _verified: { admin: true, editor: false, moderator: false },
}

/** A change that any writer could make, to tell "update allowed" from "refused". */
export function documentChange(collection: MatrixCollection): Record<string, unknown> {
  switch (collection) {
    case 'articles':
      return { kicker: 'Changed' }
    case 'media':
      return { credit: 'Changed' }
    case 'users':
      return { name: 'Changed' }
    case 'readers':
      return { displayName: 'Changed' }
    case 'redirects':
      return { to: { type: 'custom', url: 'https://example.com/changed' } }
    default:
      return { name: 'Changed' }
  }
}

/**
 * The rest of the API, read by each role over REST: the community collections, the admin's own
 * (locks, preferences), Payload's job queue and key-value store, versions, and the comment
 * settings. 'allowed' is a 200 (filtered to what the role may see); 'refused' a 403. Nobody outside
 * the staff may create anything here: comments, votes, reports and subscriptions have endpoints of
 * their own, which the comment tests cover.
 */
export type OtherRead = 'allowed' | 'refused'
const staffOnly = (...without: Role[]): Record<Role, OtherRead> =>
  Object.fromEntries(
    ROLES.map((role) => [role, role === 'anonymous' || role === 'reader' || without.includes(role) ? 'refused' : 'allowed']),
  ) as Record<Role, OtherRead>
const moderatorsOnly = staffOnly('author')
const nobody = Object.fromEntries(ROLES.map((role) => [role, 'refused'])) as Record<Role, OtherRead>

export const OTHER_READS: Record<string, Record<Role, OtherRead>> = {
  comments: Object.fromEntries(ROLES.map((role) => [role, 'allowed'])) as Record<Role, OtherRead>,
  'comment-reports': moderatorsOnly,
  'comment-votes': moderatorsOnly,
  'comment-subscriptions': { ...moderatorsOnly, reader: 'allowed' },
  'moderation-events': moderatorsOnly,
  'blocked-guests': moderatorsOnly,
  'related-suggestions': staffOnly(),
  // The demo's copies of sent mail hold sign-in links: admins only.
  'outgoing-mail': staffOnly('editor', 'author', 'moderator'),
  'payload-locked-documents': staffOnly(),
  'payload-preferences': staffOnly(),
  'payload-jobs': nobody,
  'payload-kv': nobody,
  'articles/versions': staffOnly('moderator'),
  'globals/comment-settings': moderatorsOnly,
  'globals/site-settings': Object.fromEntries(ROLES.map((role) => [role, 'allowed'])) as Record<Role, OtherRead>,
  'globals/site-settings/versions': nobody,
  'globals/comment-settings/versions': nobody,
}

/** Collections a request from outside the staff may never create in over REST (POST /api/<slug>). */
export const NO_OUTSIDE_CREATE = [
  'comment-reports',
  'blocked-guests',
  'comment-votes',
  'comment-subscriptions',
  'related-suggestions',
  'outgoing-mail',
  'payload-locked-documents',
  'payload-preferences',
  'payload-jobs',
  'payload-kv',
] as const
