/**
 * The text of a Lexical rich-text value, block by block. Used for reading time, excerpts, search,
 * passage anchoring and related-story scoring, so it has no Payload import and accepts anything
 * (a draft's body may be empty or half-formed).
 */
export type LexicalNode = {
  type?: string
  text?: string
  children?: LexicalNode[]
  fields?: Record<string, unknown>
}

/** Nodes whose whole text reads as one block (a paragraph of the article). */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem'])

function inlineText(node: LexicalNode): string {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  return (node.children ?? []).map(inlineText).join('')
}

function collectBlocks(node: LexicalNode, blocks: string[]): void {
  if (TEXT_BLOCKS.has(node.type ?? '')) {
    const text = inlineText(node)
      .replace(/[ \t]+/g, ' ')
      .trim()
    if (text) blocks.push(text)
    return
  }
  if (node.type === 'upload' && typeof node.fields?.caption === 'string' && node.fields.caption.trim()) {
    blocks.push(node.fields.caption.trim())
    return
  }
  for (const child of node.children ?? []) collectBlocks(child, blocks)
}

/** Whether a text block (paragraph, heading, quote, list item) counts as a block: it has text once spaces are folded. */
export function hasText(node: LexicalNode): boolean {
  return (
    inlineText(node)
      .replace(/[ \t]+/g, ' ')
      .trim() !== ''
  )
}

export function lexicalBlocks(value: unknown): string[] {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root || typeof root !== 'object') return []
  const blocks: string[] = []
  collectBlocks(root, blocks)
  return blocks
}

export function lexicalPlainText(value: unknown): string {
  return lexicalBlocks(value).join('\n\n')
}
