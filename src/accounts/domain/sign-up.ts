import type { NoticeCode } from './notices'

export type SignUpInput = { displayName: string; email: string; password: string }

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** The first thing wrong with a sign-up, as the notice the form shows, or null when it may go ahead. */
export function signUpProblem(input: SignUpInput): NoticeCode | null {
  const name = input.displayName.trim()
  if (name.length < 2 || name.length > 60) return 'bad-name'
  if (!isEmailAddress(input.email)) return 'bad-email'
  if (input.password.length < 8 || input.password.length > 200) return 'bad-password'
  return null
}

export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value)
}
