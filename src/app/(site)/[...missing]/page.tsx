import { notFound, permanentRedirect } from 'next/navigation'

import { redirectForPath } from '@/site/article'

type Props = { params: Promise<{ missing: string[] }> }

/**
 * Any path no other page claims: an editor's redirect when one names it (old URLs of a previous
 * site), otherwise the reader site's 404. Rendered per request like every site page, rather than
 * Next's prerendered not-found, so its scripts carry the page's CSP nonce.
 */
export default async function MissingPage({ params }: Props) {
  const { missing } = await params
  const target = await redirectForPath(`/${missing.join('/')}`)
  if (target) permanentRedirect(target)
  notFound()
}
