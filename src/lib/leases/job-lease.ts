/**
 * When a claimed job counts as abandoned, and what happens to it then.
 *
 * A worker claims a job by setting `processing` (src/db/job-claims.ts) and records who it is and
 * when. A worker that dies mid-run (SIGKILL, a lost machine) never clears that flag, and Payload
 * keeps no lease, so the job would stay claimed for ever: never run, and — for jobs with a
 * concurrency key — blocking every later job with that key. A job still claimed a lease after its
 * claim is taken to be abandoned. The lease must be longer than any task can take (the longest,
 * a webhook, gives up after 5 s), so a live worker's job is never taken away from it.
 *
 * What then depends on whether running it again is harmless. A job that sends something (a webhook,
 * an e-mail) marks itself just before it does (`sendingAt`, src/jobs/sending.ts). Abandoned before
 * that mark, it sent nothing and runs again. Abandoned after it, it may or may not have gone out and
 * nothing can tell, so it is marked failed, with a message saying why, for a person to look at:
 * never sent twice. A job that only recomputes (related stories) or only asks for a purge runs again
 * in any case.
 */
export type AbandonedJob = { taskSlug: string | null; queue: string | null; sending: boolean }

export type AbandonPolicy = {
  /** Tasks whose second run changes nothing a reader or receiver sees twice. */
  runAgainTasks: readonly string[]
  /** Queues whose jobs are all safe to repeat (a cache purge asked for twice purges once). */
  runAgainQueues: readonly string[]
}

export function runsAgain(job: AbandonedJob, policy: AbandonPolicy): boolean {
  return (
    !job.sending ||
    (job.taskSlug !== null && policy.runAgainTasks.includes(job.taskSlug)) ||
    (job.queue !== null && policy.runAgainQueues.includes(job.queue))
  )
}

/** Jobs claimed before this moment are abandoned. */
export function abandonedBefore(now: Date, leaseMs: number): Date {
  return new Date(now.getTime() - leaseMs)
}

/** How often a worker looks for abandoned jobs: a quarter of the lease, between 1 s and a minute. */
export function sweepIntervalMs(leaseMs: number): number {
  return Math.min(60_000, Math.max(1_000, Math.floor(leaseMs / 4)))
}

/** A clock-driven gate: true at most once per interval. */
export function everyMs(intervalMs: number): (now: number) => boolean {
  let next = 0
  return (now) => {
    if (now < next) return false
    next = now + intervalMs
    return true
  }
}

/** The start of the message left on a job marked failed as abandoned; the worker's name follows it. */
export const ABANDONED_MESSAGE =
  'Abandoned: its worker stopped after it began sending, so it may or may not have gone out. It is not run again ' +
  '(that could send it twice); queue it again by hand if it did not arrive. Worker: '

/** The lease is read from the environment; nonsense falls back to the default rather than to 0 (which would steal live jobs). */
export function parseLeaseMs(value: string | undefined, fallback = 300_000): number {
  const parsed = Number(value)
  return Number.isFinite(parsed) && parsed >= 1_000 ? parsed : fallback
}
