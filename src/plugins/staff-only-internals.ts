import type { Access, SanitizedConfig } from 'payload'

import { staffRole } from '../access/roles'
import { guardReadArgs } from '../hooks/guard-read-args'

const INTERNAL = new Set(['payload-locked-documents', 'payload-preferences'])
const OPERATIONS = ['read', 'create', 'update', 'delete'] as const

/**
 * Payload adds its document locks and admin preferences with access for any logged-in user of any
 * auth collection, and readers are one: a reader could list which documents editors have open,
 * lock an article against its editor, or fill the preferences table. Only staff use the admin, so
 * only staff get these (on top of Payload's own rules), with the same bounds on reads as every
 * other collection. Payload adds the collections while it sanitises the config, after plugins
 * run, so this wraps the sanitised config.
 */
export function staffOnlyInternals(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (!INTERNAL.has(collection.slug)) continue
    // The request guards (plugins/request-guards.ts) run before these collections exist: their
    // read bounds are added here, or `PayloadPreferences(page: -1)` was a 500 (the GraphQL fuzzer).
    collection.hooks.beforeOperation = [...(collection.hooks.beforeOperation ?? []), guardReadArgs]
    for (const operation of OPERATIONS) {
      const payloadsOwn: Access | undefined = collection.access[operation]
      collection.access[operation] = (args) => (staffRole(args.req.user) === null ? false : payloadsOwn ? payloadsOwn(args) : true)
    }
  }
  return config
}
