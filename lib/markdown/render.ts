import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/**
 * Post bodies are untrusted. Raw HTML is parsed (so its text survives) and then
 * sanitised with GitHub's schema: scripts, event handlers, `javascript:` URLs
 * and styles are dropped before the HTML is ever stored.
 */
export const sanitizeSchema = defaultSchema;

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  // CommonMark will not close `**強調**` when it touches Japanese punctuation such as 「）」; this fixes that.
  .use(remarkCjkFriendly)
  .use(remarkCjkFriendlyGfmStrikethrough)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeStringify);

export async function renderMarkdownToHtml(markdown: string): Promise<string> {
  return String(await processor.process(markdown));
}
