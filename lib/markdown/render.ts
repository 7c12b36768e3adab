import path from 'node:path';
import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
// The attribute lets Node's own ESM loader (Playwright, tsx) import it as well as the bundlers.
import messages from '../../messages/ja.json' with { type: 'json' };
import { reservedPageIds } from './page-ids';
import { CONTENT_DIR, PUBLIC_DIR, siteConfig } from '../config';
import { fillMessage } from '../client/messages';
import { readLinkCards } from './embeds/link-cards';
import { CLOBBER_PREFIX, sanitizeSchema } from './sanitize-schema';
import { rehypeCallouts } from './rehype/callouts';
import { collectHeadings } from './rehype/collect-headings';
import { rehypeEmbeds } from './rehype/embeds';
import { rehypeExternalLinks } from './rehype/external-links';
import { rehypeFigures } from './rehype/figures';
import { rehypeFragmentLinks } from './rehype/fragment-links';
import { rehypeHeadingAnchors } from './rehype/heading-anchors';
import { rehypeHeadingLevels } from './rehype/heading-levels';
import { rehypeKramdownIds } from './rehype/kramdown-ids';
import { rehypeHeadingPhrases } from './rehype/heading-phrases';
import { rehypeImageDimensions } from './rehype/image-dimensions';
import { rehypeMath } from './rehype/math';
import { rehypeScrollableTables } from './rehype/scrollable-tables';
import { rehypeTaskListLabels } from './rehype/task-list-labels';
import { rehypeUniqueIds } from './rehype/unique-ids';
import type { TocHeading } from './headings';
import { rehypeHighlightCode } from './highlight';
import { parseMarkdown, type ParsedMarkdown } from './parse';

const labels = messages.markdown;

export { sanitizeSchema };

export type RenderOptions = {
  /** Where `/images/…` in posts are read from to learn their size. */
  publicDir?: string;
  /** A PR post: its links to other sites say so with `rel="sponsored"` (lib/markdown/rehype/external-links.ts). */
  sponsored?: boolean;
  /** Where content/link-cards.json is read from (`npm run cards` writes it). */
  contentDir?: string;
};

export type RenderedMarkdown = {
  html: string;
  headings: TocHeading[];
  /** Images under public/ the HTML was measured from (their size is in it): what the content cache checks besides the post. */
  localImages: string[];
};

/** Markdown tree → HTML. The tree comes from ./parse.ts, the one parse plain text and the checks read too. */
function createProcessor({ publicDir = path.resolve(PUBLIC_DIR), sponsored = false, contentDir = CONTENT_DIR }: RenderOptions) {
  return (
    unified()
      .use(remarkRehype, {
        allowDangerousHtml: true,
        // The sanitiser adds `user-content-` to ids; remark-rehype adding it too would make `user-content-user-content-fn-1`.
        clobberPrefix: '',
        footnoteLabel: labels.footnotes,
        footnoteLabelProperties: {},
        // A note cited twice has two back links: 「…参照箇所1に戻る」 and 「…参照箇所1-2に戻る」, as GitHub numbers them.
        footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) =>
          fillMessage(labels.footnoteBack, { number: `${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ''}` }),
      })
      .use(rehypeRaw)
      .use(rehypeSanitize, sanitizeSchema)
      // Everything below adds only what the site controls: one step a file in ./rehype/.
      .use(rehypeHeadingLevels)
      .use(rehypeKramdownIds, { reservedIds: reservedPageIds, prefix: CLOBBER_PREFIX })
      .use(rehypeMath)
      .use(rehypeUniqueIds, { prefix: CLOBBER_PREFIX })
      .use(rehypeHeadingAnchors, { reservedIds: reservedPageIds, prefix: CLOBBER_PREFIX, labels })
      .use(rehypeFragmentLinks, { prefix: CLOBBER_PREFIX })
      .use(rehypeCallouts, { labels })
      .use(rehypeHighlightCode, { labels })
      .use(rehypeScrollableTables, { labels })
      .use(rehypeTaskListLabels)
      .use(rehypeFigures)
      .use(rehypeEmbeds, { cards: readLinkCards(contentDir), publicDir, labels: messages.embeds })
      .use(rehypeImageDimensions, { publicDir })
      .use(rehypeExternalLinks, { siteOrigin: siteConfig.url, labels, sponsored })
      .use(() => (tree: Root, file) => {
        file.data.headings = collectHeadings(tree);
      })
      .use(rehypeHeadingPhrases)
      .use(rehypeStringify)
  );
}

declare module 'vfile' {
  interface DataMap {
    headings: TocHeading[];
  }
}

const processors = new Map<string, ReturnType<typeof createProcessor>>();

/**
 * The article HTML (safe to inject) and its h2/h3 outline for the table of contents, from a parsed
 * body: the content step reads the excerpt and reading time from the same tree first, so a post is
 * parsed once (a parse was 40 % of preparing a post, BENCHMARKS.md).
 */
export async function renderMarkdownTree({ tree, file }: ParsedMarkdown, options: RenderOptions = {}): Promise<RenderedMarkdown> {
  const key = `${options.publicDir ?? ''}\0${options.contentDir ?? ''}\0${options.sponsored ? 'sponsored' : ''}`;
  let processor = processors.get(key);
  if (!processor) {
    processor = createProcessor(options);
    processors.set(key, processor);
  }
  const html = processor.stringify(await processor.run(tree, file), file);
  return { html: String(html), headings: file.data.headings ?? [], localImages: file.data.localImages ?? [] };
}

/** The article HTML and outline of a Markdown body. */
export async function renderMarkdown(markdown: string, options: RenderOptions = {}): Promise<RenderedMarkdown> {
  return renderMarkdownTree(parseMarkdown(markdown), options);
}

export async function renderMarkdownToHtml(markdown: string, options: RenderOptions = {}): Promise<string> {
  return (await renderMarkdown(markdown, options)).html;
}
