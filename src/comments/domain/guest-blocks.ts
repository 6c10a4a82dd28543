/**
 * Guests have no account to ban, so a moderator blocks what a guest brings with them: the e-mail
 * address they give, and if asked the (hashed) network address they posted from. One block can
 * name either or both; `until` empty means for good.
 */
export type GuestBlock = { email?: string | null; ipHash?: string | null; until?: string | null }
export type GuestIdentity = { email?: string | null; ipHash?: string | null }
/** What the moderation pipeline is told about a guest: as for a reader, a ban or a suspension. */
export type GuestRestriction = { banned: boolean; bannedUntil: Date | null }

const sameEmail = (a?: string | null, b?: string | null) => !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase()

export function blockMatches(block: GuestBlock, who: GuestIdentity): boolean {
  return sameEmail(block.email, who.email) || (!!block.ipHash && block.ipHash === who.ipHash)
}

/** The strongest block in force on this guest: one for good wins, else the latest end; expired blocks do not count. */
export function guestRestriction(blocks: GuestBlock[], who: GuestIdentity, now: Date): GuestRestriction {
  let bannedUntil: Date | null = null
  for (const block of blocks) {
    if (!blockMatches(block, who)) continue
    if (!block.until) return { banned: true, bannedUntil: null }
    const until = new Date(block.until)
    if (until > now && (!bannedUntil || until > bannedUntil)) bannedUntil = until
  }
  return { banned: false, bannedUntil }
}
