/** What a comment's "Notify of" can be, in the words the comment form and the account page use. */
export const NOTIFY_CHOICES = [
  { value: 'none', label: 'Nothing' },
  { value: 'replies', label: 'Replies to my comments' },
  { value: 'article', label: 'All new comments on this story' },
] as const

export type NotifyChoice = (typeof NOTIFY_CHOICES)[number]['value']

export const isNotifyChoice = (value: string): value is NotifyChoice => NOTIFY_CHOICES.some((choice) => choice.value === value)
