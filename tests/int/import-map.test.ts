import config from '@payload-config'
import fs from 'node:fs'
import path from 'node:path'
import { generateImportMap } from 'payload'
import { afterAll, expect, it } from 'vitest'

/**
 * The admin's import map is generated from the config (`npm run generate:importmap`) and committed.
 * A plugin that adds an admin component (the S3 adapter's upload handler did) leaves the committed
 * map stale, and the admin then fails to render at all. Generated next to the committed one (its
 * imports are relative to where it lies), the two must be the same.
 */
const committed = path.resolve('src/app/(payload)/admin/importMap.js')
const fresh = path.join(path.dirname(committed), 'importMap.check.js')

afterAll(() => fs.rmSync(fresh, { force: true }))

it('the committed admin import map is what the config generates', async () => {
  const sanitized = await config
  fs.rmSync(fresh, { force: true })
  await generateImportMap(
    { ...sanitized, admin: { ...sanitized.admin, importMap: { ...sanitized.admin.importMap, importMapFile: fresh } } },
    { log: false, force: true },
  )
  expect(fs.readFileSync(fresh, 'utf8'), 'run `npm run generate:importmap` and commit the result').toBe(fs.readFileSync(committed, 'utf8'))
})
