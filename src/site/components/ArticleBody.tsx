import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import type { ReactNode } from 'react'

import { embedPlayer } from '@/lib/embeds/providers'
import { hasText, type LexicalNode } from '@/lib/lexical/plain-text'
import type { Media } from '@/payload-types'
import { EmbedPlayer } from '../islands/EmbedPlayer'
import { Island } from '../islands/Island'

type Node = LexicalNode & { value?: unknown; tag?: string }

/**
 * The article body. Every element that is a "block" to passage anchoring (src/lib/lexical/plain-text:
 * paragraphs, headings, quotes, list items and upload captions with text) carries `data-block`, so
 * the inline-feedback island counts blocks exactly as the server does: the n-th outermost
 * `[data-block]` is block n.
 */
const converters: JSXConvertersFunction = ({ defaultConverters }) => {
  const marked =
    (render: (children: ReactNode, node: Node) => ReactNode) =>
    ({ node, nodesToJSX }: { node: unknown; nodesToJSX: (args: { nodes: never[] }) => ReactNode[] }) =>
      render(nodesToJSX({ nodes: ((node as Node).children ?? []) as never[] }), node as Node)
  const block = (node: Node) => (hasText(node) ? { 'data-block': '' } : {})
  return {
    ...defaultConverters,
    paragraph: marked((children, node) => <p {...block(node)}>{children}</p>),
    quote: marked((children, node) => <blockquote {...block(node)}>{children}</blockquote>),
    heading: marked((children, node) => {
      const tag = (node as { tag?: string }).tag
      const Tag = tag === 'h3' ? 'h3' : tag === 'h4' ? 'h4' : 'h2'
      return <Tag {...block(node)}>{children}</Tag>
    }),
    listitem: marked((children, node) => <li {...block(node)}>{children}</li>),
    upload: ({ node }) => {
      const value = (node as Node).value as Media | string | undefined
      if (!value || typeof value !== 'object' || !value.url) return null
      const caption = typeof (node as Node).fields?.caption === 'string' ? String((node as Node).fields?.caption).trim() : ''
      const image = value.sizes?.card?.url ? value.sizes.card : value
      return (
        <figure className="inline-figure">
          <img
            src={image.url ?? value.url}
            alt={value.alt ?? ''}
            width={image.width ?? undefined}
            height={image.height ?? undefined}
            loading="lazy"
          />
          {caption ? <figcaption data-block="">{caption}</figcaption> : null}
        </figure>
      )
    },
    blocks: {
      // A known provider's link becomes its player behind a "click to load" placeholder (nothing
      // loads from elsewhere until the reader asks); any other link a link card.
      embed: ({ node }: { node: unknown }) => {
        const fields = (node as Node).fields as { url?: string; title?: string; caption?: string } | undefined
        if (!fields?.url || !/^https?:\/\//.test(fields.url)) return null
        const player = embedPlayer(fields.url)
        if (player) {
          const props = { player, url: fields.url, title: fields.title, caption: fields.caption }
          return <Island name="EmbedPlayer" component={EmbedPlayer} props={props} />
        }
        return (
          <aside className="embed embed--link">
            <a href={fields.url} rel="noopener nofollow">
              {fields.title || fields.url}
            </a>
            {fields.caption ? <p>{fields.caption}</p> : null}
          </aside>
        )
      },
    },
  }
}

export function ArticleBody({ body }: { body: unknown }) {
  if (!body || typeof body !== 'object' || !('root' in body)) return null
  return (
    <div id="article-body" className="article-body">
      <RichText data={body as SerializedEditorState} converters={converters} disableContainer />
    </div>
  )
}
