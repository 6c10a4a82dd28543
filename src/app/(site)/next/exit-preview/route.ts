import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

/** Leaves draft preview: the reader's view again, served from the cache. */
export async function GET(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  const path = new URL(request.url).searchParams.get('path') ?? '/'
  redirect(path.startsWith('/') && !path.startsWith('//') ? path : '/')
}
