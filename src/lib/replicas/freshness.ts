/**
 * Whether a streaming replica is fresh enough to serve reads, from positions in the write-ahead log.
 *
 * Time-based lag (`now() - pg_last_xact_replay_timestamp()`) grows on an idle primary although
 * nothing is missing, so we compare log positions instead: every probe notes the primary's current
 * position with the time it was seen; a replica is fresh when it has replayed at least the position
 * the primary had `maxLagMs` ago. Until the history reaches that far back, only a replica that has
 * replayed the oldest noted position counts as fresh (it is then behind by less than the history).
 */

/** A PostgreSQL LSN such as `16/B374D848` as one number (the two halves are 32-bit hex). */
export function parseLsn(text: string): bigint {
  const match = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/.exec(text.trim())
  if (!match) throw new Error(`not a PostgreSQL LSN: ${JSON.stringify(text)}`)
  return (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`)
}

export class ReplicaFreshness {
  private readonly samples: { at: number; lsn: bigint }[] = []

  constructor(private readonly maxLagMs: number) {}

  /** Notes where the primary's log was at `at` (ms). Samples older than twice the lag bound go. */
  notePrimary(lsn: bigint, at: number): void {
    this.samples.push({ at, lsn })
    const keepFrom = at - 2 * this.maxLagMs
    while (this.samples.length > 1 && this.samples[1].at <= keepFrom) this.samples.shift()
  }

  /** True when a replica that has replayed up to `replayed` is at most `maxLagMs` behind at `now`. */
  isFresh(replayed: bigint, now: number): boolean {
    if (this.samples.length === 0) return false
    const bound = now - this.maxLagMs
    let required = this.samples[0].lsn
    for (const sample of this.samples) {
      if (sample.at > bound) break
      required = sample.lsn
    }
    return replayed >= required
  }
}
