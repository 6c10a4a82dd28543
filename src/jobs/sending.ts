import type { PayloadRequest } from 'payload'

/**
 * Marks the job as past its point of no return, just before it sends something outside (a webhook,
 * an e-mail). If its worker then dies, the job may have been sent, so it is failed rather than run
 * again (src/lib/leases/job-lease.ts); a job abandoned before this mark had sent nothing and runs again.
 * Written outside the job's transaction, and awaited, so the mark is on disk before anything leaves.
 */
export async function markSending(req: PayloadRequest, job: { id: number | string }): Promise<void> {
  await req.payload.db.updateOne({
    collection: 'payload-jobs',
    id: job.id,
    data: { sendingAt: new Date().toISOString() },
    req: {},
    returning: false,
  })
}
