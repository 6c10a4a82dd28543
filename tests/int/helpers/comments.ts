import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { CLIENT_IP_HEADER } from '@/lib/requests/client-ip'
import type { Reader } from '@/payload-types'
import { unique } from './payload'

export type TestReader = Reader & { collection: 'readers' }

/** A verified reader, as logged in. */
export async function createReader(payload: Payload, overrides: Partial<Reader> = {}): Promise<TestReader> {
  const reader = await payload.create({
    collection: 'readers',
    data: {
      email: `${unique('reader')}@readers.test`,
      password: 'a-long-reader-password',
      displayName: 'Test Reader',
      _verified: true,
      ...overrides,
    },
    overrideAccess: true,
    disableVerificationEmail: true,
  })
  return { ...reader, collection: 'readers' }
}

/** A request as one of our endpoints receives it: a user (or none), an address the edge stamped, headers. */
export function requestAs(
  payload: Payload,
  user: PayloadRequest['user'] | null,
  headers: Record<string, string> = {},
): Promise<PayloadRequest> {
  return createLocalReq(
    { user: user ?? undefined, req: { headers: new Headers({ [CLIENT_IP_HEADER]: '203.0.113.7', 'user-agent': 'int-test', ...headers }) } },
    payload,
  )
}

/** A form shown long enough ago for the too-fast check. */
export const shownLongAgo = () => new Date(Date.now() - 60_000).toISOString()

/** Comment settings for a test: permissive limits unless the test is about them. */
export async function setCommentSettings(payload: Payload, data: Record<string, unknown>): Promise<void> {
  await payload.updateGlobal({
    slug: 'comment-settings',
    data: {
      mode: 'post',
      guestsAllowed: false,
      bannedWords: '',
      suspectWords: '',
      readerRateLimit: { max: 0, windowSeconds: 60 },
      ipRateLimit: { max: 0, windowSeconds: 60 },
      maxDepth: 4,
      editWindowMinutes: 15,
      minSecondsToSubmit: 3,
      reportsToHold: 3,
      webhooks: [],
      ...data,
    },
    overrideAccess: true,
  })
}
