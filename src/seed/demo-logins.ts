import { settings } from '@/lib/config/settings'

/** The demo site's staff logins. Printed at start in demo mode only; never created otherwise. */
export const DEMO_PASSWORD = settings.demoPassword

export const demoLogins = [
  { email: 'admin@newsroom.test', name: 'Ada Admin', role: 'admin' },
  { email: 'editor@newsroom.test', name: 'Ezra Editor', role: 'editor' },
  { email: 'author@newsroom.test', name: 'Aoife Author', role: 'author' },
  { email: 'moderator@newsroom.test', name: 'Mo Moderator', role: 'moderator' },
] as const
