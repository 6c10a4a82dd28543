import config from '@payload-config'
import { getPayload } from 'payload'

// Reads published content through the Local API with public access (`overrideAccess: false`, no
// user): the placeholder front page sees exactly what an anonymous REST client would.
export const dynamic = 'force-dynamic'

export default async function HomePage() {
  const payload = await getPayload({ config })
  const [site, latest] = await Promise.all([
    payload.findGlobal({ slug: 'site-settings', overrideAccess: false, depth: 0 }),
    payload.find({
      collection: 'articles',
      overrideAccess: false,
      where: { _status: { equals: 'published' } },
      sort: '-firstPublishedAt',
      limit: 12,
      depth: 0,
      select: { title: true, slug: true, kicker: true, dek: true },
    }),
  ])

  return (
    <>
      <header>
        <h1>{site.siteName}</h1>
        {site.tagline ? <p>{site.tagline}</p> : null}
      </header>
      <main>
        <h2 className="visually-hidden">Latest</h2>
        {latest.docs.length === 0 ? (
          <p>No stories yet. Editors can write the first one in the admin.</p>
        ) : (
          <ul className="latest">
            {latest.docs.map((article) => (
              <li key={article.id}>
                {article.kicker ? <span className="kicker">{article.kicker}</span> : null}
                <h2>
                  <a href={`/api/articles/${article.id}`}>{article.title}</a>
                </h2>
                {article.dek ? <p>{article.dek}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </main>
      <footer>
        {site.about ? <p>{site.about}</p> : null}
        <p>
          <a href="/admin">Newsroom admin</a> · <a href="/api/graphql-playground">GraphQL</a>
        </p>
      </footer>
    </>
  )
}
