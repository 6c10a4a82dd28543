import type { Config, Plugin } from 'payload'

import { nullListsAsEmpty } from '../fields/null-arrays'
import { checkGlobalReferencesExist, checkReferencesExist } from '../hooks/check-references-exist'
import { explainErrors } from '../hooks/explain-errors'
import { guardCredentialTypes } from '../hooks/guard-credential-types'
import { guardReadArgs } from '../hooks/guard-read-args'

/** Where a collection or global keeps no versions, nobody reads them (Payload's route answered a 500). */
const noVersions = () => false

/**
 * Guards every collection, including those that plugins add (so it is listed last): bounded reads,
 * credentials sent as text to login collections, checked references on writes, `null` lists as empty ones, 4xx answers for errors that are the request's fault, and no
 * version routes where there are no versions.
 */
export const requestGuards: Plugin = (config: Config): Config => ({
  ...config,
  globals: (config.globals ?? []).map((global) => ({
    ...global,
    fields: nullListsAsEmpty(global.fields),
    access: global.versions ? global.access : { readVersions: noVersions, ...global.access },
    hooks: { ...global.hooks, beforeChange: [checkGlobalReferencesExist, ...(global.hooks?.beforeChange ?? [])] },
  })),
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    fields: nullListsAsEmpty(collection.fields),
    access: collection.versions ? collection.access : { readVersions: noVersions, ...collection.access },
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.auth ? [guardCredentialTypes] : []), ...(collection.hooks?.beforeOperation ?? []), guardReadArgs],
      beforeChange: [checkReferencesExist, ...(collection.hooks?.beforeChange ?? [])],
    },
  })),
  hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), explainErrors] },
})
