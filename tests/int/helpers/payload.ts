import config from '@payload-config'
import { getPayload, type Payload, type RequiredDataFromCollectionSlug } from 'payload'

import { lexicalFromBlocks, type TextBlock } from '@/lib/lexical/from-blocks'
import type { Article, Author, Media, Section, User } from '@/payload-types'
import { gradientImage } from '@/seed/images'
import type { StaffRole } from '@/access/roles'
import { slugify } from '@/lib/slugs/slugify'

/** One Payload per test file, on the database the leg chose through DATABASE_URL. */
export async function testPayload(): Promise<Payload> {
  return getPayload({ config, cron: false })
}

let counter = 0
/** Unique per run and per call, so files never trip over each other's rows. */
export function unique(prefix: string): string {
  counter += 1
  return `${prefix}-${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 6)}`
}

export type Staff = Record<StaffRole, User>

export async function createStaff(payload: Payload): Promise<Staff> {
  // One at a time, admin first: on an empty database the first login made becomes an admin.
  const roles: StaffRole[] = ['admin', 'editor', 'author', 'moderator']
  const staff: Partial<Staff> = {}
  for (const role of roles) {
    const user = await payload.create({
      collection: 'users',
      data: { email: `${unique(role)}@newsroom.test`, name: `Test ${role}`, role, password: 'correct-horse-battery' },
      overrideAccess: true,
    })
    staff[role] = { ...user, collection: 'users' as const }
  }
  return staff as Staff
}

export type Fixtures = { image: Media; author: Author; section: Section }

export async function createFixtures(payload: Payload): Promise<Fixtures> {
  const data = await gradientImage(['#123456', '#abcdef'], 7, 320, 180)
  const image = await payload.create({
    collection: 'media',
    data: { alt: 'A test gradient' },
    file: { data, mimetype: 'image/jpeg', name: `${unique('img')}.jpg`, size: data.length },
    overrideAccess: true,
  })
  const author = await payload.create({
    collection: 'authors',
    data: { name: 'Test Author', slug: unique('author') },
    overrideAccess: true,
  })
  const section = await payload.create({
    collection: 'sections',
    data: { name: 'Test Section', slug: unique('section') },
    overrideAccess: true,
  })
  return { image, author, section }
}

type ArticleInput = RequiredDataFromCollectionSlug<'articles'>

export function articleData(
  fixtures: Fixtures,
  overrides: Partial<ArticleInput> = {},
  blocks: TextBlock[] = [{ type: 'p', text: 'Body text.' }],
): ArticleInput {
  const title = unique('A headline')
  return {
    title,
    slug: slugify(title),
    dek: 'A short standfirst.',
    hero: { image: fixtures.image.id, caption: 'Caption', credit: 'Credit' },
    body: lexicalFromBlocks(blocks) as Article['body'],
    authors: [fixtures.author.id],
    section: fixtures.section.id,
    ...overrides,
  }
}
