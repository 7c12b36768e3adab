/**
 * A Markdown file → a post's data: the one conversion every reader of posts
 * shares (the worker threads of the content step, Contentlayer's inline
 * fallback, tests). Pure apart from rendering, which is async.
 */
import { cleanImportedBody } from '../markdown/cleanup';
import { excerptFromMarkdown, markdownToPlainText } from '../markdown/plain-text';
import { renderMarkdown, type RenderedMarkdown } from '../markdown/render';
import { estimateReadingMinutes } from './reading-time';
import { parsePostFile, type PostFrontMatter, type PostReadContext } from './front-matter';
import { formatProblem } from './problems';

/** Everything Contentlayer stores for a post, derived from the file by the same code that validates it. */
export type PostDocumentData = PostFrontMatter & {
  excerpt: string;
  readingTime: number;
  body: string;
};

/** A post's fields and its rendered Markdown: what Contentlayer's computed fields are made of. */
export type PreparedPost = { data: PostDocumentData; rendered: RenderedMarkdown };

/** A post file after its front matter was read and validated (lib/content/validate.ts `ValidPost` has these). */
export type ParsedPost = { file: string; frontMatter: PostFrontMatter; body: string };

/**
 * Reads one file as validation does. `context` carries what only the whole
 * collection knows (same-name posts, ./post-names.ts); the content step has
 * validated every file with it already and calls postDataFrom instead.
 */
export function parseValidPost(file: string, source: string, context?: PostReadContext): ParsedPost {
  const parsed = parsePostFile(file, source, context);
  if (!parsed.frontMatter) {
    // The content step validates before Contentlayer runs; this guards `contentlayer2 dev`.
    throw new Error(parsed.problems.map(formatProblem).join('\n'));
  }
  return { file, frontMatter: parsed.frontMatter, body: parsed.body };
}

/** The file's text → its fields; the content step, which has parsed the file already, calls postDataFrom. */
export function derivePostData(file: string, source: string, context?: PostReadContext): PostDocumentData {
  return postDataFrom(parseValidPost(file, source, context));
}

export function postDataFrom({ frontMatter, body: rawBody }: ParsedPost): PostDocumentData {
  const body = cleanImportedBody(rawBody, frontMatter.title);
  return {
    ...frontMatter,
    body,
    excerpt: frontMatter.excerpt ?? excerptFromMarkdown(body),
    readingTime: frontMatter.readingTime ?? estimateReadingMinutes(markdownToPlainText(body)),
  };
}

export async function preparePost(file: string, source: string, context?: PostReadContext): Promise<PreparedPost> {
  return preparePostFrom(parseValidPost(file, source, context));
}

/** Fields and HTML of a parsed post: what the content step's workers run for each post the cache does not hold. */
export async function preparePostFrom(post: ParsedPost): Promise<PreparedPost> {
  const data = postDataFrom(post);
  return { data, rendered: await renderMarkdown(data.body) };
}
