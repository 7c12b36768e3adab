/**
 * `$…$` and `$$…$$` math (remark-math), with a rule that keeps dollar amounts in
 * investment prose as text. remark-math pairs any two single `$` on a line, so
 * 「$100と$200」 would become math. A single-`$` pair is math only when:
 * - the opening `$` is not followed by a space and the closing `$` not preceded by one;
 * - the closing `$` is not followed by a digit (`$100と$200`);
 * - what is inside has no Japanese (kana, kanji, full-width forms): 「$100から$」 is prose.
 * Anything else stays the text it was written as.
 * `$$…$$` (inline or on lines of its own) is always math, and `\$` is always a dollar sign.
 */
import type { PhrasingContent, Root } from 'mdast';
import remarkMath from 'remark-math';
import type { Preset } from 'unified';
import { visit } from 'unist-util-visit';

const JAPANESE = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const SPACE = /\s/;
const DIGIT = /[0-9０-９]/;

/** Whether the source of one inline math node (dollars included) is read as math, by the rule above. */
export function isDollarMath(raw: string, following: string | undefined): boolean {
  if (raw.startsWith('$$')) return true;
  const inside = raw.slice(1, -1);
  if (inside === '' || SPACE.test(inside[0]!) || SPACE.test(inside.at(-1)!)) return false;
  if (following !== undefined && DIGIT.test(following)) return false;
  return !JAPANESE.test(inside);
}

/** Where each refused inline math node starts and ends in `source`. */
function refusedPairs(tree: Root, source: string): { start: number; end: number }[] {
  const pairs: { start: number; end: number }[] = [];
  visit(tree, 'inlineMath', (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined && !isDollarMath(source.slice(start, end), source[end])) pairs.push({ start, end });
  });
  return pairs;
}

/** `source` with a backslash inserted before each of the given offsets. */
function escapeAt(source: string, offsets: number[]): string {
  const pieces: string[] = [];
  let from = 0;
  for (const at of [...offsets].sort((a, b) => a - b)) {
    pieces.push(source.slice(from, at), '\\');
    from = at;
  }
  pieces.push(source.slice(from));
  return pieces.join('');
}

/**
 * A refused pair's opening `$` is escaped in the source and the whole body parsed
 * again, so its closing `$` is free to open the next pair, as a reader would pair
 * them: in 「$100で買い、利回りは $r$」 the formula is `r`. After two such rounds
 * whatever is still refused is kept as its source text (Markdown inside it is then
 * not read). So a body costs at most three parses, however many dollars it has.
 */
const MAX_ROUNDS = 2;

/**
 * The body's tree with the rule applied, and the source it was parsed from (the
 * original with `\\` before each refused opening `$`). `parse` parses Markdown
 * with the same extensions, remark-math included.
 */
export function refuseDollarProse(tree: Root, source: string, parse: (markdown: string) => Root): { tree: Root; source: string } {
  let current = tree;
  let text = source;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const pairs = refusedPairs(current, text);
    if (pairs.length === 0) return { tree: current, source: text };
    text = escapeAt(text, pairs.map(({ start }) => start));
    current = parse(text);
  }
  const leftover = text;
  visit(current, 'inlineMath', (node, index, parent) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || !parent || index === undefined) return;
    const raw = leftover.slice(start, end);
    if (isDollarMath(raw, leftover[end])) return;
    (parent.children as PhrasingContent[]).splice(index, 1, { type: 'text', value: raw });
  });
  return { tree: current, source: text };
}

function remarkRefuseDollarProse(this: { parse: (markdown: string) => unknown }) {
  const parse = (markdown: string) => this.parse(markdown) as Root;
  return (tree: Root, file: { value: unknown }) => {
    const result = refuseDollarProse(tree, String(file.value), parse);
    if (result.tree !== tree) {
      tree.children = result.tree.children;
      // Later steps reading positions read them against the source the tree came from.
      file.value = result.source;
    }
  };
}

/** remark-math and the dollar rule, as one step of the pipeline. */
export const remarkDollarMath: Preset = {
  plugins: [[remarkMath, { singleDollarTextMath: true }], remarkRefuseDollarProse],
};
