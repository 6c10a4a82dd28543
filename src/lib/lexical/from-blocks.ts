/**
 * Builds a Lexical editor value from simple text blocks: the demo content, benchmark data and tests
 * write articles this way. The JSON matches what Payload's Lexical editor saves.
 */
export type TextBlock =
  | { type: 'p'; text: string }
  | { type: 'h2'; text: string }
  | { type: 'h3'; text: string }
  | { type: 'quote'; text: string }
  | { type: 'list'; items: string[]; ordered?: boolean }
  /** The article editor's Embed block (src/fields/rich-text/embed-block.ts). */
  | { type: 'embed'; url: string; title?: string; caption?: string }

const base = { format: '', indent: 0, version: 1, direction: 'ltr' as const }

function text(value: string) {
  return { type: 'text', text: value, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }
}

function node(block: TextBlock) {
  switch (block.type) {
    case 'p':
      return { ...base, type: 'paragraph', textFormat: 0, textStyle: '', children: [text(block.text)] }
    case 'h2':
    case 'h3':
      return { ...base, type: 'heading', tag: block.type, children: [text(block.text)] }
    case 'quote':
      return { ...base, type: 'quote', children: [text(block.text)] }
    case 'list':
      return {
        ...base,
        type: 'list',
        listType: block.ordered ? 'number' : 'bullet',
        tag: block.ordered ? 'ol' : 'ul',
        start: 1,
        children: block.items.map((item, index) => ({ ...base, type: 'listitem', value: index + 1, children: [text(item)] })),
      }
    case 'embed': {
      const { url, title = '', caption = '' } = block
      // Lexical block nodes carry an id of their own; a stable one from the URL keeps seeds repeatable.
      const id = [...url]
        .reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) >>> 0, 7)
        .toString(16)
        .padStart(8, '0')
      return {
        type: 'block',
        format: '',
        version: 2,
        fields: { id: `${id}0000000000000000`, blockName: '', blockType: 'embed', url, title, caption },
      }
    }
  }
}

export function lexicalFromBlocks(blocks: TextBlock[]) {
  return { root: { ...base, type: 'root', children: blocks.map(node) } }
}
