export type SignUpInput = { displayName: string; email: string; password: string }

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** The first thing wrong with a sign-up, as the notice the form shows, or null when it may go ahead. */
export function signUpProblem(input: SignUpInput): 'bad-name' | 'bad-email' | 'bad-password' | null {
  if (!isDisplayName(input.displayName)) return 'bad-name'
  if (!isEmailAddress(input.email)) return 'bad-email'
  if (!isPassword(input.password)) return 'bad-password'
  return null
}

/** A display name as the readers collection takes it (2 to 60 characters, spaces around ignored). */
export function isDisplayName(value: string): boolean {
  const name = value.trim()
  return name.length >= 2 && name.length <= 60
}

export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value)
}

/** A new password: 8 to 200 characters (long enough to resist guessing, short enough to hash quickly). */
export function isPassword(value: string): boolean {
  return value.length >= 8 && value.length <= 200
}
