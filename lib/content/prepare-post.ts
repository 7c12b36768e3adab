/**
 * A Markdown file → a post's data: the one conversion every reader of posts
 * shares (the worker threads of the content step, Contentlayer's inline
 * fallback, tests). Pure apart from rendering, which is async.
 */
import { cleanImportedBody } from '../markdown/cleanup';
import { excerptFromMarkdown, markdownToPlainText } from '../markdown/plain-text';
import { renderMarkdown, type RenderedMarkdown } from '../markdown/render';
import { estimateReadingMinutes } from './reading-time';
import { parsePostFile, type PostFrontMatter } from './front-matter';
import { formatProblem } from './problems';

/** Everything Contentlayer stores for a post, derived from the file by the same code that validates it. */
export type PostDocumentData = PostFrontMatter & {
  excerpt: string;
  readingTime: number;
  body: string;
};

/** A post's fields and its rendered Markdown: what Contentlayer's computed fields are made of. */
export type PreparedPost = { data: PostDocumentData; rendered: RenderedMarkdown };

export function derivePostData(file: string, source: string): PostDocumentData {
  const parsed = parsePostFile(file, source);
  if (!parsed.frontMatter) {
    // The content step validates before Contentlayer runs; this guards `contentlayer2 dev`.
    throw new Error(parsed.problems.map(formatProblem).join('\n'));
  }
  const frontMatter = parsed.frontMatter;
  const body = cleanImportedBody(parsed.body, frontMatter.title);
  return {
    ...frontMatter,
    body,
    excerpt: frontMatter.excerpt ?? excerptFromMarkdown(body),
    readingTime: frontMatter.readingTime ?? estimateReadingMinutes(markdownToPlainText(body)),
  };
}

export async function preparePost(file: string, source: string): Promise<PreparedPost> {
  const data = derivePostData(file, source);
  return { data, rendered: await renderMarkdown(data.body, { sponsored: data.sponsored }) };
}
