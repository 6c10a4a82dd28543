/** Readers and a comment thread for the demo's lead story, so the comment block is never empty. */
export const demoReaders = [
  { email: 'reader@newsroom.test', displayName: 'Rita Reader', bio: 'Commutes by ferry since the closure.', trustLevel: 'trusted' },
  { email: 'sam@readers.test', displayName: 'Sam Okafor', bio: null, trustLevel: 'regular' },
  { email: 'lena@readers.test', displayName: 'Lena Vogt', bio: 'Retired structural engineer.', trustLevel: 'regular' },
  { email: 'tom@readers.test', displayName: 'Tom Hale', bio: null, trustLevel: 'new' },
] as const

export type DemoComment = {
  /** Index into demoReaders. */
  by: number
  body: string
  /** Index of an earlier comment in this list this one answers. */
  replyTo?: number
  featured?: boolean
  /** Readers (by index) who voted it up. */
  upVotes?: number[]
}

export const demoComments: DemoComment[] = [
  {
    by: 2,
    body: 'Corroded girders do not fail overnight. The real question is why the last two inspection reports were not published.',
    featured: true,
    upVotes: [0, 1, 3],
  },
  { by: 0, body: 'The doubled ferries have honestly been fine for me. Ten minutes longer, but I get a seat.', upVotes: [1] },
  { by: 1, body: 'Were the reports ever requested under freedom of information? Someone must have tried.', replyTo: 0 },
  {
    by: 2,
    body: 'They were: the council cited "commercial sensitivity". See https://example.org/foi-request for the refusal.',
    replyTo: 2,
    upVotes: [0],
  },
  { by: 3, body: 'Night work means noise for everyone on the quay. Nobody asked us.' },
]
