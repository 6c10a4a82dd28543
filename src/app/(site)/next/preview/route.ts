import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { staffRole } from '@/access/roles'
import { sitePayload } from '@/site/payload'

/**
 * Draft preview for editors (the admin's Preview button and live-preview pane open this): a
 * signed-in staff member gets Next's draft mode and is sent to the page, which then reads the
 * latest draft with their rights. The draft-mode cookie keeps the edge cache out of it.
 */
export async function GET(request: Request): Promise<Response> {
  const path = new URL(request.url).searchParams.get('path') ?? ''
  if (!/^\/articles\/[\w-]+$/.test(path))
    return Response.json({ errors: [{ message: 'path must be an article path like /articles/my-story.' }] }, { status: 400 })
  const payload = await sitePayload()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user || staffRole(user) === null)
    return Response.json({ errors: [{ message: 'Sign in to the admin to preview drafts.' }] }, { status: 403 })
  ;(await draftMode()).enable()
  redirect(path)
}
