import path from 'node:path';
import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
// The attribute lets Node's own ESM loader (Playwright, tsx) import it as well as the bundlers.
import messages from '../../messages/ja.json' with { type: 'json' };
import { reservedPageIds } from './page-ids';
import { CONTENT_DIR, siteConfig } from '../config';
import { fillMessage } from '../client/messages';
import { readLinkCards } from './embeds/link-cards';
import { remarkDollarMath } from './remark/dollar-math';
import { rehypeCallouts } from './rehype/callouts';
import { collectHeadings } from './rehype/collect-headings';
import { rehypeEmbeds } from './rehype/embeds';
import { rehypeExternalLinks } from './rehype/external-links';
import { rehypeFigures } from './rehype/figures';
import { rehypeFragmentLinks } from './rehype/fragment-links';
import { rehypeHeadingAnchors } from './rehype/heading-anchors';
import { rehypeHeadingPhrases } from './rehype/heading-phrases';
import { rehypeImageDimensions } from './rehype/image-dimensions';
import { rehypeMath } from './rehype/math';
import { rehypeScrollableTables } from './rehype/scrollable-tables';
import { rehypeTaskListLabels } from './rehype/task-list-labels';
import { rehypeUniqueIds } from './rehype/unique-ids';
import type { TocHeading } from './headings';
import { rehypeHighlightCode } from './highlight';
import { remarkZennBlocks, separateContainerMarkers } from './zenn-blocks';

const labels = messages.markdown;

/**
 * Post bodies are untrusted. Raw HTML is parsed (so its text survives) and then
 * sanitised with GitHub's schema: scripts, event handlers, `javascript:` URLs
 * and styles are dropped before the HTML is ever stored. The one extension is
 * the class of Zenn's `:::message` boxes, limited to those exact values.
 */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    div: [...(defaultSchema.attributes?.div ?? []), ['className', 'callout', 'callout-info', 'callout-alert']],
  },
};

const CLOBBER_PREFIX = sanitizeSchema.clobberPrefix ?? 'user-content-';

export type RenderOptions = {
  /** Where `/images/…` in posts are read from to learn their size. */
  publicDir?: string;
  /** Where content/link-cards.json is read from (`npm run cards` writes it). */
  contentDir?: string;
};

export type RenderedMarkdown = { html: string; headings: TocHeading[] };

function createProcessor({ publicDir = path.resolve('public'), contentDir = CONTENT_DIR }: RenderOptions) {
  return (
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      // CommonMark will not close `**強調**` when it touches Japanese punctuation such as 「）」; this fixes that.
      .use(remarkCjkFriendly)
      .use(remarkCjkFriendlyGfmStrikethrough)
      // Before the Zenn blocks: where a dollar amount is refused as math, it parses the body again.
      .use(remarkDollarMath)
      .use(remarkZennBlocks, { detailsSummary: labels.detailsSummary })
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
      .use(rehypeExternalLinks, { siteOrigin: siteConfig.url, labels })
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

/** The article HTML (safe to inject) and its h2/h3 outline for the table of contents. */
export async function renderMarkdown(markdown: string, options: RenderOptions = {}): Promise<RenderedMarkdown> {
  const key = `${options.publicDir ?? ''}\0${options.contentDir ?? ''}`;
  let processor = processors.get(key);
  if (!processor) {
    processor = createProcessor(options);
    processors.set(key, processor);
  }
  const file = await processor.process(separateContainerMarkers(markdown));
  return { html: String(file), headings: file.data.headings ?? [] };
}

export async function renderMarkdownToHtml(markdown: string, options: RenderOptions = {}): Promise<string> {
  return (await renderMarkdown(markdown, options)).html;
}
