/** How a reader's own comment stands, in their words (the account page's "My comments"). */
export function commentStatusLabel(status: string | null | undefined): string {
  switch (status) {
    case 'approved':
      return 'Published'
    case 'pending':
      return 'Waiting for a moderator'
    case 'deleted':
      return 'Removed'
    default:
      return 'Not published'
  }
}
