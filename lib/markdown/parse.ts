/**
 * The one Markdown syntax of the site: what the article page renders
 * (./render.ts), what plain text, excerpts and reading time are taken from
 * (./plain-text.ts) and what `npm run check` inspects (lib/content/checks.ts)
 * are parsed by the same plugins from the same source, so a check never sees
 * a different tree from the one readers get.
 */
import type { Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Preset } from 'unified';
import { VFile } from 'vfile';
// The attribute lets Node's own ESM loader (Playwright, tsx) import it as well as the bundlers.
import messages from '../../messages/ja.json' with { type: 'json' };
import { remarkDollarMath } from './remark/dollar-math';
import { remarkKramdownAttributes } from './remark/kramdown-attributes';
import { remarkZennBlocks, separateContainerMarkersMapped } from './zenn-blocks';

/** The remark side of the pipeline (a unified preset): parse the syntax and shape the Markdown tree. */
export const remarkSiteSyntax: Preset = {
  plugins: [
    remarkParse,
    remarkGfm,
    // CommonMark will not close `**強調**` when it touches Japanese punctuation such as 「）」; this fixes that.
    remarkCjkFriendly,
    remarkCjkFriendlyGfmStrikethrough,
    // `$…$` and `$$…$$` math; before the Zenn blocks, as a dollar amount it refuses makes it parse the body again.
    remarkDollarMath,
    [remarkZennBlocks, { detailsSummary: messages.markdown.detailsSummary }],
    // kramdown's `{: #id}` attribute lists of imported Jekyll posts; `{:toc}` lists go (./remark/kramdown-attributes.ts).
    remarkKramdownAttributes,
  ],
};

/** The source as the parser gets it: text steps that must run before parsing, with the line each output line came from. */
export function markdownSource(markdown: string): { text: string; sourceLines: number[] } {
  return separateContainerMarkersMapped(markdown);
}

const parser = unified().use(remarkSiteSyntax);

export type ParsedMarkdown = {
  tree: Root;
  /** The source as parsed (the math step may have rewritten it) and what the steps noted; rendering goes on with it (./render.ts). */
  file: VFile;
  /** The line of the given markdown a tree position's line came from. */
  sourceLine: (treeLine: number) => number;
};

/** The Markdown tree readers' HTML is made from: ./render.ts renders it, ./plain-text.ts reads it. */
export function parseMarkdown(markdown: string): ParsedMarkdown {
  const { text, sourceLines } = markdownSource(markdown);
  // The source goes along: the math step reads it to parse the body again (./remark/dollar-math.ts).
  const file = new VFile(text);
  const tree = parser.runSync(parser.parse(file), file) as Root;
  return { tree, file, sourceLine: (treeLine) => sourceLines[treeLine - 1] ?? treeLine };
}
