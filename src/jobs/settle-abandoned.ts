import type { CollectionConfig, Payload } from 'payload'

import { PURGE_QUEUE } from '../cache/purge'
import { settleAbandonedJobs } from '../db/abandoned-jobs'
import { settings } from '../lib/config/settings'
import { abandonedBefore, everyMs, sweepIntervalMs, type AbandonPolicy } from '../lib/leases/job-lease'

/** Recomputing related stories and asking a CDN to purge are harmless to repeat; mail and webhooks only until they begin sending. */
export const abandonPolicy: AbandonPolicy = { runAgainTasks: ['refreshRelated'], runAgainQueues: [PURGE_QUEUE] }

const due = everyMs(sweepIntervalMs(settings.jobsLeaseMs))

/**
 * Called by every worker before it runs the queue (jobs.shouldAutoRun): at most once per sweep
 * interval it settles jobs whose worker died holding them. A failure here (the database away) is
 * logged and the queue runs as usual.
 */
export async function settleAbandonedJobsWhenDue(payload: Payload): Promise<void> {
  if (!due(Date.now())) return
  try {
    const { ranAgain, failed } = await settleAbandonedJobs(payload, abandonedBefore(new Date(), settings.jobsLeaseMs), abandonPolicy)
    if (ranAgain.length > 0) payload.logger.warn({ jobs: ranAgain }, `released ${ranAgain.length} abandoned job(s) to run again`)
    if (failed.length > 0) {
      payload.logger.error({ jobs: failed }, `marked ${failed.length} abandoned job(s) failed: their worker died while running them`)
    }
  } catch (error) {
    payload.logger.error({ err: error }, 'looking for abandoned jobs failed')
  }
}

/** Payload's jobs collection, with who claimed each job and when (written by src/db/job-claims.ts). */
export function withClaimFields({ defaultJobsCollection }: { defaultJobsCollection: CollectionConfig }): CollectionConfig {
  return {
    ...defaultJobsCollection,
    fields: [
      ...defaultJobsCollection.fields,
      {
        name: 'claimedBy',
        type: 'text',
        admin: { readOnly: true, description: 'The worker (host:process id) that took this job last.' },
      },
      {
        name: 'claimedAt',
        type: 'date',
        admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' }, description: 'When it took it.' },
      },
      {
        // Set once the writer and editors were told this scheduled publish failed (src/editorial).
        name: 'failureNotifiedAt',
        type: 'date',
        index: true,
        admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'sendingAt',
        type: 'date',
        admin: {
          readOnly: true,
          date: { pickerAppearance: 'dayAndTime' },
          description: 'When this run began sending (a webhook, an e-mail): abandoned after this, it may have gone out.',
        },
      },
    ],
  }
}
