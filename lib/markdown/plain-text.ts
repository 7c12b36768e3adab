import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkDollarMath } from './remark/dollar-math';

// Math as the article reads it: `$x^2$` gives its TeX source without the dollars, a
// `$$` block is left out (like code), and dollar amounts in prose stay as written.
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly).use(remarkDollarMath);

const PROSE_BLOCKS = new Set(['paragraph', 'list', 'blockquote', 'table', 'heading']);

function blockText(node: RootContent): string {
  return toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim();
}

function proseBlocks(markdown: string): RootContent[] {
  const tree = parser.runSync(parser.parse(markdown), markdown) as Root;
  return tree.children.filter((node) => PROSE_BLOCKS.has(node.type));
}

/** A paragraph that is one bare URL: an embed or link card on the page, no sentence for an excerpt. */
function isBareUrl(node: RootContent): boolean {
  if (node.type !== 'paragraph' || node.children.length !== 1) return false;
  const [link] = node.children;
  return link?.type === 'link' && toString(link) === link.url;
}

/** Readable text of a Markdown body (no code, no raw HTML), for reading time and search. */
export function markdownToPlainText(markdown: string): string {
  return proseBlocks(markdown).map(blockText).filter(Boolean).join('\n');
}

export const EXCERPT_LENGTH = 120;

/**
 * About 120 characters of the opening paragraphs. Cuts after a 「。」 when one
 * falls late enough, so the excerpt reads as whole sentences.
 */
export function excerptFromMarkdown(markdown: string, maxLength = EXCERPT_LENGTH): string {
  const text = proseBlocks(markdown)
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
