export type AnchorErrorCode = 'no-such-block' | 'bad-range' | 'empty-quote' | 'quote-too-long' | 'no-match' | 'bad-selector'

/** A selection that cannot become an anchor. `code` is for the caller; the message can be shown to a reader. */
export class AnchorError extends Error {
  readonly code: AnchorErrorCode

  constructor(code: AnchorErrorCode, message: string) {
    super(message)
    this.name = 'AnchorError'
    this.code = code
  }
}
