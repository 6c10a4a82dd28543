/**
 * `npm run frontend-token -- <name>`: prints a token for a trusted server-side front end, signed with
 * this site's PAYLOAD_SECRET (the demo's own when none is set). Sent as `X-Frontend-Token`, it puts
 * the front end's API reads under RATE_LIMIT_FRONTEND instead of the per-address read limit.
 */
import { issueFrontendToken } from '@/lib/requests/frontend-token'
import { prepareEnvironment } from './lib/env'

const name = process.argv[2]
if (!name) {
  console.error('usage: npm run frontend-token -- <name>   (1 to 40 lower-case letters, digits and dashes)')
  process.exit(2)
}
prepareEnvironment()
try {
  console.log(issueFrontendToken(process.env.PAYLOAD_SECRET ?? '', name))
} catch (error) {
  console.error(`newsroom: ${(error as Error).message}`)
  process.exit(2)
}
