import type { Config, Plugin } from 'payload'

import { checkReferencesExist } from '../hooks/check-references-exist'
import { explainErrors } from '../hooks/explain-errors'
import { guardReadArgs } from '../hooks/guard-read-args'

/**
 * Guards every collection, including those that plugins add (so it is listed last): bounded reads,
 * checked references on writes, and 4xx answers for errors that are the request's fault.
 */
export const requestGuards: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), guardReadArgs],
      beforeChange: [checkReferencesExist, ...(collection.hooks?.beforeChange ?? [])],
    },
  })),
  hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), explainErrors] },
})
