import { BlocksFeature, FixedToolbarFeature, HeadingFeature, lexicalEditor, UploadFeature } from '@payloadcms/richtext-lexical'

import { EmbedBlock } from './embed-block'

/**
 * The article body: Lexical's defaults (paragraphs, links, lists, quotes, …) with headings limited to
 * h2–h4 (the page has one h1, the headline), inline images that carry a caption, and embeds.
 */
export const articleBodyEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => feature.key !== 'heading' && feature.key !== 'upload'),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    UploadFeature({
      collections: {
        media: { fields: [{ name: 'caption', type: 'text', maxLength: 300 }] },
      },
    }),
    BlocksFeature({ blocks: [EmbedBlock] }),
    FixedToolbarFeature(),
  ],
})
