/** The text readers read, from the same Markdown tree the page is rendered from (./parse.ts). */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from './parse';

const PROSE_BLOCKS = new Set(['paragraph', 'list', 'blockquote', 'table', 'heading']);

function blockText(node: RootContent): string {
  return toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim();
}

/** The blocks readers read as text (paragraphs, lists, quotes, tables, headings) of a parsed body: the input of both functions below. */
export function proseBlocksOf(tree: Root): RootContent[] {
  return tree.children.filter((node) => PROSE_BLOCKS.has(node.type));
}

export function proseBlocks(markdown: string): RootContent[] {
  return proseBlocksOf(parseMarkdown(markdown).tree);
}

const blocksOf = (markdown: string | RootContent[]) => (typeof markdown === 'string' ? proseBlocks(markdown) : markdown);

/** A paragraph that is one bare URL: an embed or link card on the page, no sentence for an excerpt. */
function isBareUrl(node: RootContent): boolean {
  if (node.type !== 'paragraph' || node.children.length !== 1) return false;
  const [link] = node.children;
  return link?.type === 'link' && toString(link) === link.url;
}

/** Readable text of a Markdown body (no code, no raw HTML), for reading time and search; or of its proseBlocks, parsed once for both. */
export function markdownToPlainText(markdown: string | RootContent[]): string {
  return blocksOf(markdown).map(blockText).filter(Boolean).join('\n');
}

export const EXCERPT_LENGTH = 120;

/**
 * The body up to the excerpt separator (Jekyll's `excerpt_separator`, here
 * `<!--more-->` by default), or undefined when the body has none.
 */
export function markdownBeforeSeparator(markdown: string, separator: string): string | undefined {
  if (separator === '') return undefined;
  const at = markdown.indexOf(separator);
  return at === -1 ? undefined : markdown.slice(0, at);
}

/**
 * About 120 characters of the opening paragraphs. Cuts after a 「。」 when one
 * falls late enough, so the excerpt reads as whole sentences.
 */
export function excerptFromMarkdown(markdown: string | RootContent[], maxLength = EXCERPT_LENGTH): string {
  const text = blocksOf(markdown)
    .filter((node) => node.type !== 'heading' && node.type !== 'table' && !isBareUrl(node))
    .map(blockText)
    .filter(Boolean)
    .join(' ');
  const chars = Array.from(text);
  if (chars.length <= maxLength) return text;
  const head = chars.slice(0, maxLength).join('');
  const sentenceEnd = head.lastIndexOf('。');
  if (sentenceEnd >= maxLength * 0.6) return head.slice(0, sentenceEnd + 1);
  return `${head}…`;
}
