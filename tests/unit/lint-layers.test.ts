import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

/**
 * The layer rules of eslint.config.mjs, shown to fail: each case plants an import in a file that
 * would sit where it names (nothing is written to disk) and lints it with the project's own config.
 */
let eslint: ESLint

beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() })
})

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const planted = 1\n`, { filePath })
  return result.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message)
}

describe('the layer rules', () => {
  it.each([
    ['Payload in a feature domain', 'src/comments/domain/planted.ts', "import { getPayload } from 'payload'", /no Payload/],
    [
      'a Payload package in src/lib',
      'src/lib/text/planted.ts',
      "import { lexicalEditor } from '@payloadcms/richtext-lexical'",
      /no Payload/,
    ],
    ['a database client in a domain', 'src/comments/domain/moderation/planted.ts', "import pg from 'pg'", /no database client/],
    ['a service in a domain', 'src/comments/domain/planted.ts', "import { postComment } from '../services/posting'", /no service/],
    [
      'a service through the alias in src/lib',
      'src/lib/cache/planted.ts',
      "import { relatedStories } from '@/related/services/related'",
      /no service/,
    ],
    ['a collection in src/lib', 'src/lib/text/planted.ts', "import { Comments } from '@/comments/collections/Comments'", /no service/],
    ['the Payload config in a domain', 'src/comments/domain/planted.ts', "import config from '@payload-config'", /no service/],
    ['Express outside the edge', 'src/comments/services/planted.ts', "import express from 'express'", /HTTP edge/],
    ['a climb of two folders in src', 'src/comments/services/planted.ts', "import { settings } from '../../lib/config/settings'", /@\//],
  ])('refuses %s', async (_what, filePath, code, expected) => {
    const errors = await layerErrors(filePath, code)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(expected)
  })

  it.each([
    ['Express at the edge', 'src/server/planted.ts', "import express from 'express'"],
    ['Payload in a service', 'src/comments/services/planted.ts', "import { APIError } from 'payload'"],
    ['a sibling pure module in a domain', 'src/comments/domain/planted.ts', "import { placeReply } from './threading'"],
    ['src/lib in a domain', 'src/comments/domain/planted.ts', "import { idOf } from '@/lib/relationships/id-of'"],
  ])('allows %s', async (_what, filePath, code) => {
    expect(await layerErrors(filePath, code)).toEqual([])
  })
})
