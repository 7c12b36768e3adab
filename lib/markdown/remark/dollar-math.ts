/**
 * `$…$` and `$$…$$` math (remark-math), with a rule that keeps dollar amounts in
 * investment prose as text. remark-math pairs any two single `$` on a line, so
 * 「$100と$200」 would become math. A single-`$` pair is math only when:
 * - the opening `$` is not followed by a space and the closing `$` not preceded by one;
 * - the closing `$` is not followed by a digit (`$100と$200`);
 * - what is inside has no Japanese (kana, kanji, full-width forms): 「$100から$」 is prose.
 * Anything else stays the text it was written as (Markdown inside it still works).
 * `$$…$$` (inline or on lines of its own) is always math, and `\$` is always a dollar sign.
 */
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import remarkMath from 'remark-math';
import type { Preset } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

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

/** Text of a refused pair, with its dollars escaped so that parsing it again gives no math. */
function escapedSource(raw: string): string {
  return `\\$${raw.slice(1, -1)}\\$`;
}

/**
 * Turns refused inline math back into what it was written as. `parse` parses
 * Markdown with the same extensions (the paragraph's Markdown inside the pair,
 * 「**強調**」 for example, is parsed again).
 */
export function refuseDollarProse(tree: Root, source: string, parse: (markdown: string) => Root): void {
  visit(tree, 'inlineMath', (node, index, parent) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || !parent || index === undefined) return;
    const raw = source.slice(start, end);
    if (isDollarMath(raw, source[end])) return;
    let replacement: PhrasingContent[] = [{ type: 'text', value: raw }];
    if (!raw.includes('\n')) {
      const [first, ...others] = parse(escapedSource(raw)).children;
      if (first?.type === 'paragraph' && others.length === 0) replacement = (first as Paragraph).children;
    }
    (parent.children as PhrasingContent[]).splice(index, 1, ...replacement);
    return [SKIP, index + replacement.length];
  });
}

function remarkRefuseDollarProse(this: { parse: (markdown: string) => unknown }) {
  const parse = (markdown: string) => this.parse(markdown) as Root;
  return (tree: Root, file: { value: unknown }) => refuseDollarProse(tree, String(file.value), parse);
}

/** remark-math and the dollar rule, as one step of the pipeline. */
export const remarkDollarMath: Preset = {
  plugins: [[remarkMath, { singleDollarTextMath: true }], remarkRefuseDollarProse],
};
